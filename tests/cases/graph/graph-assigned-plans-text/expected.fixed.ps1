# AssignedPlans matched as text (AzureAD's AssignedPlan text held the service name): Graph's items
# are other objects and psauth knows no single property that stands for the legacy text
Connect-AzureAD
$exoUsers = Get-AzureADUser -All $true | Where-Object { $_.AssignedPlans -match 'exchange' }
$exoUsers | Select-Object DisplayName, UserPrincipalName | Export-Csv .\exchange-users.csv -NoTypeInformation
