# List the tenant's global administrators
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome

$globalAdmins = Get-MgDirectoryRole -DirectoryRoleId '62e90394-69f5-4237-9190-012177145e10'
Get-MgDirectoryRoleMember -DirectoryRoleId $globalAdmins.Id -All |
    Select-Object @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}} |
    Export-Csv -Path .\global-admins.csv -NoTypeInformation
