connectto-365

$users = Get-AzureADUser -All $true | Select-Object -Property DisplayName, UserPrincipalName
$users | Export-Csv -Path .\Users.csv -NoTypeInformation
