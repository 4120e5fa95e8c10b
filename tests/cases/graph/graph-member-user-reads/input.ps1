# Role and group members are directory objects: Graph returns a member's userPrincipalName,
# displayName and mail only when the sign-in may read users (User.Read.All), else null
Connect-AzureAD
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId | Select-Object ObjectId, UserPrincipalName, DisplayName
foreach ($m in Get-AzureADGroupMember -ObjectId $groupId -All $true) {
    Write-Output "$($m.ObjectId) $($m.Mail)"
}
