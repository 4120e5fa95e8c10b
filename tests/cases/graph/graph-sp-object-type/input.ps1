# Service principal inventory. Every object Get-AzureADServicePrincipal returned had
# ObjectType 'ServicePrincipal' (Microsoft's AzureAD examples): in Graph the read becomes that
# value, once per object, so a missing object still reads as nothing.
Connect-AzureAD
$report = Get-AzureADServicePrincipal -All $true | Select-Object ObjectId, DisplayName, ObjectType, AppId
$report | Export-Csv -Path .\ServicePrincipals.csv -NoTypeInformation
Get-AzureADServicePrincipal -Filter "servicePrincipalType eq 'Application'" -All $true -PipelineVariable sp | ForEach-Object {
    $sp.AppRoles | Select-Object Value, @{Name = 'Owner'; Expression = { $sp.DisplayName }}, @{Name = 'OwnerType'; Expression = { $sp.ObjectType }}
}
