# Directory role members are users, role-assignable groups or service principals (Microsoft's
# unifiedRoleAssignment page), whose AzureAD ObjectType was User, Group or ServicePrincipal: a
# role member's ObjectType read on its own becomes that name from Graph's @odata.type, and a
# comparison with ServicePrincipal compares @odata.type, for any directory object.
Connect-AzureAD
Get-AzureADDirectoryRole -PipelineVariable role | Get-AzureADDirectoryRoleMember | Select-Object `
    @{Name = 'Role'; Expression = { $role.DisplayName }}, DisplayName, UserPrincipalName, ObjectType |
    Export-Csv -Path .\RoleMembers.csv -NoTypeInformation
$groupId = '5d2c7e1a-3b4f-4a6e-9c8d-7e6f5a4b3c2d'
$apps = Get-AzureADGroupMember -ObjectId $groupId -All $true | Where-Object { $_.ObjectType -eq 'ServicePrincipal' }
Write-Output "$($apps.Count) service principals in the group"
