# List the tenant's global administrators
Connect-AzureAD

$adminRole = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Company Administrator' }
Get-AzureADDirectoryRoleMember -ObjectId $adminRole.ObjectId |
    Select-Object DisplayName, UserPrincipalName |
    Export-Csv -Path .\global-admins.csv -NoTypeInformation
