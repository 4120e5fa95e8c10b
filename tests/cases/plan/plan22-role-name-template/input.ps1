# List the tenant's global administrators
Connect-AzureAD

$globalAdmins = Get-AzureADDirectoryRole -Filter "DisplayName eq 'Company Administrator'"
Get-AzureADDirectoryRoleMember -ObjectId $globalAdmins.ObjectId |
    Select-Object DisplayName, UserPrincipalName |
    Export-Csv -Path .\global-admins.csv -NoTypeInformation
