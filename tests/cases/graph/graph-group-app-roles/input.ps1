# Get-AzureADGroupAppRoleAssignment -ObjectId: Get-MgGroupAppRoleAssignment -GroupId; the
# assignment's CreationTimestamp is CreatedDateTime in Graph (a CSV keeps its column name)
Connect-AzureAD
$group = Get-AzureADGroup -ObjectId '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
Get-AzureADGroupAppRoleAssignment -ObjectId $group.ObjectId -All $true |
    Select-Object ResourceId, ResourceDisplayName, PrincipalDisplayName, CreationTimestamp |
    Export-Csv .\group-app-roles.csv -NoTypeInformation
