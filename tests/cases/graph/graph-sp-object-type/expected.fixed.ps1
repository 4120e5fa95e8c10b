# Service principal inventory. Every object Get-AzureADServicePrincipal returned had
# ObjectType 'ServicePrincipal' (Microsoft's AzureAD examples): in Graph the read becomes that
# value, once per object, so a missing object still reads as nothing.
Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome
$report = Get-MgServicePrincipal -All | Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}, 'DisplayName', @{Name = 'ObjectType'; Expression = {($_.Id | ForEach-Object { 'ServicePrincipal' })}}, 'AppId'
$report | Export-Csv -Path .\ServicePrincipals.csv -NoTypeInformation
Get-MgServicePrincipal -Filter "servicePrincipalType eq 'Application'" -All -PipelineVariable sp | ForEach-Object {
    $sp.AppRoles | Select-Object Value, @{Name = 'Owner'; Expression = { $sp.DisplayName }}, @{Name = 'OwnerType'; Expression = { ($sp.Id | ForEach-Object { 'ServicePrincipal' }) }}
}
