# An app role assignment's ObjectType has no Graph equivalent: nothing is edited.
Connect-AzureAD
$assignments = Get-AzureADGroupAppRoleAssignment -ObjectId '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
foreach ($a in $assignments) {
    Write-Output "$($a.ResourceDisplayName) $($a.ObjectType)"
}
