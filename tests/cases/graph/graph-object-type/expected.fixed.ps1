# ObjectType compared with User or Group (the values the AzureAD reference shows for group and role
# members), RoleMemberType with User (the one value the MSOnline reference documents): in Graph the
# member's type is AdditionalProperties['@odata.type']
Connect-MgGraph -Scopes 'GroupMember.Read.All', 'RoleManagement.Read.Directory' -NoWelcome
$groupId = '5d2c7e1a-3b4f-4a6e-9c8d-7e6f5a4b3c2d'
$nestedGroups = Get-MgGroupMember -GroupId $groupId -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.group' }
foreach ($member in (Get-MgGroupMember -GroupId $groupId -All)) {
    if ($member.AdditionalProperties['@odata.type'] -ne '#microsoft.graph.user') { continue }
    Write-Output $member.Id
}
$adminRoleId = '62e90394-69f5-4237-9190-012177145e10'
$admins = Get-MgDirectoryRoleMember -DirectoryRoleId $adminRoleId -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.user' }
Write-Output "$($nestedGroups.Count) nested groups, $($admins.Count) admins"
