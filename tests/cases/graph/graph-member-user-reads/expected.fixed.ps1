# Role and group members are directory objects: Graph returns a member's userPrincipalName,
# displayName and mail only when the sign-in may read users (User.Read.All), else null
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-MgDirectoryRoleMember -DirectoryRoleId $role.Id -All | Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}}, @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}
foreach ($m in Get-MgGroupMember -GroupId $groupId -All) {
    Write-Output "$($m.Id) $($m.AdditionalProperties.mail)"
}
