# --target entra: the Entra cmdlets return Graph's objects with ObjectId (and a few other names) added,
# not the AzureAD objects: ObjectType and CreationTimestamp would come back empty, so a person decides
Connect-AzureAD
$report = foreach ($sp in Get-AzureADServicePrincipal -All $true) {
    Get-AzureADServiceAppRoleAssignment -ObjectId $sp.ObjectId -All $true |
        Select-Object ResourceDisplayName, PrincipalDisplayName, PrincipalType, CreationTimestamp
}
$report | Export-Csv .\app-role-members.csv -NoTypeInformation
Get-AzureADServicePrincipal -All $true | Select-Object DisplayName, AppId, ObjectType
