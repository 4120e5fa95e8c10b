# The script signs in to Graph itself with User.Read.All: a role member that is a service
# principal or a group would come back with its id and type only (Graph's limited-information
# rule), so the members' display names need Directory.Read.All and the call needs a person.
Connect-MgGraph -Scopes 'RoleManagement.Read.Directory', 'User.Read.All' -NoWelcome
$role = Get-MgDirectoryRole -Filter "displayName eq 'Application Administrator'"
Get-AzureADDirectoryRoleMember -ObjectId $role.Id | ForEach-Object { Write-Output $_.DisplayName }
