param([string]$GroupName = 'Finance')

Import-Module AzureAD
Connect-AzureAD -AzureEnvironmentName AzureUSGovernment

$group = Get-AzureADGroup -SearchString $GroupName | Select-Object -First 1
Get-AzureADGroupMember -ObjectId $group.ObjectId -All $true |
    Select-Object DisplayName, UserPrincipalName |
    Export-Csv -Path .\members.csv -NoTypeInformation
