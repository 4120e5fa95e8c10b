# Get-AzureADGroupAppRoleAssignment -ObjectId: Get-MgGroupAppRoleAssignment -GroupId; the
# assignment's CreationTimestamp is CreatedDateTime in Graph (a CSV keeps its column name)
Connect-MgGraph -Scopes 'Group.Read.All', 'GroupMember.Read.All' -NoWelcome
$group = Get-MgGroup -GroupId '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
Get-MgGroupAppRoleAssignment -GroupId $group.Id -All |
    Select-Object 'ResourceId', 'ResourceDisplayName', 'PrincipalDisplayName', @{Name = 'CreationTimestamp'; Expression = {$_.CreatedDateTime}} |
    Export-Csv .\group-app-roles.csv -NoTypeInformation
