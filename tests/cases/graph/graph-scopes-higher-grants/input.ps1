# Removes the delegated permission grants an app holds in the tenant
$AppId = Read-Host "Application (client) ID"

Connect-AzureAD

$sp = Get-AzureADServicePrincipal -Filter "appId eq '$AppId'"
$grants = Get-AzureADOAuth2PermissionGrant -All $true | Where-Object { $_.ClientId -eq $sp.ObjectId }
foreach ($grant in $grants) {
    Write-Output "Removing grant $($grant.ObjectId) ($($grant.Scope))"
    Remove-AzureADOAuth2PermissionGrant -ObjectId $grant.ObjectId
}
