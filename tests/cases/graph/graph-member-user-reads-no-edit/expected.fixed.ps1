# The script already signs in to Graph with its own scopes, without a permission to read
# users: the members' userPrincipalName would come back null, so the call needs a person
Connect-MgGraph -Scopes 'RoleManagement.Read.Directory' -NoWelcome
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-AzureADDirectoryRoleMember -ObjectId $role.Id | ForEach-Object { $_.UserPrincipalName }
