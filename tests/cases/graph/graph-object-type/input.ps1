# ObjectType compared with User or Group (the values the AzureAD reference shows for group and role
# members), RoleMemberType with User (the one value the MSOnline reference documents): in Graph the
# member's type is AdditionalProperties['@odata.type']
Connect-AzureAD
Connect-MsolService
$groupId = '5d2c7e1a-3b4f-4a6e-9c8d-7e6f5a4b3c2d'
$nestedGroups = Get-AzureADGroupMember -ObjectId $groupId -All $true | Where-Object { $_.ObjectType -eq 'Group' }
foreach ($member in (Get-AzureADGroupMember -ObjectId $groupId -All $true)) {
    if ($member.ObjectType -ne "User") { continue }
    Write-Output $member.ObjectId
}
$adminRoleId = '62e90394-69f5-4237-9190-012177145e10'
$admins = Get-MsolRoleMember -RoleObjectId $adminRoleId -All | Where-Object { $_.RoleMemberType -eq 'User' }
Write-Output "$($nestedGroups.Count) nested groups, $($admins.Count) admins"
