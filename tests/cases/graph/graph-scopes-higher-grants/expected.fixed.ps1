# Removes the delegated permission grants an app holds in the tenant
$AppId = Read-Host "Application (client) ID"

Connect-MgGraph -Scopes 'Application.Read.All', 'DelegatedPermissionGrant.ReadWrite.All' -NoWelcome

$sp = Get-MgServicePrincipal -Filter "appId eq '$AppId'"
$grants = Get-MgOauth2PermissionGrant -All | Where-Object { $_.ClientId -eq $sp.Id }
foreach ($grant in $grants) {
    Write-Output "Removing grant $($grant.Id) ($($grant.Scope))"
    Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId $grant.Id
}
