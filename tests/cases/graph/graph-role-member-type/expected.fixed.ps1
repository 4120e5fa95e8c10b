# Directory role members are users, role-assignable groups or service principals (Microsoft's
# unifiedRoleAssignment page), whose AzureAD ObjectType was User, Group or ServicePrincipal: a
# role member's ObjectType read on its own becomes that name from Graph's @odata.type, and a
# comparison with ServicePrincipal compares @odata.type, for any directory object.
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
Get-MgDirectoryRole -PipelineVariable role | ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } | Select-Object `
    @{Name = 'Role'; Expression = { $role.DisplayName }}, @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}}, @{Name = 'ObjectType'; Expression = {($_.AdditionalProperties['@odata.type'] | ForEach-Object { @{'#microsoft.graph.user' = 'User'; '#microsoft.graph.group' = 'Group'; '#microsoft.graph.servicePrincipal' = 'ServicePrincipal'}[$_] })}} |
    Export-Csv -Path .\RoleMembers.csv -NoTypeInformation
$groupId = '5d2c7e1a-3b4f-4a6e-9c8d-7e6f5a4b3c2d'
$apps = Get-MgGroupMember -GroupId $groupId -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.servicePrincipal' }
Write-Output "$($apps.Count) service principals in the group"
