# Members read by id only: the id and type come back whatever the permissions, so the
# scopes stay the call's own (no User.Read.All)
Connect-MgGraph -Scopes 'RoleManagement.Read.Directory' -NoWelcome
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
$ids = Get-MgDirectoryRoleMember -DirectoryRoleId $role.Id -All | ForEach-Object { $_.Id }
$ids | Out-File admins.txt
