# foreach over a filtered pipeline of a legacy call's objects: the loop variable holds those objects,
# so its reads are followed (.ObjectID -> .Id) and it can feed a piped call
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
$aadsps = Get-MgServicePrincipal -All
foreach ($aadsp in ($aadsps | Where-Object { $_.ServicePrincipalType -eq 'Application' } | Sort-Object DisplayName)) {
    Write-Output "$($aadsp.DisplayName) ($($aadsp.Id))"
    $aadsp | ForEach-Object { Get-MgServicePrincipalOauth2PermissionGrant -ServicePrincipalId $_.Id -All } -pv grant | ForEach-Object {
        $grant.Scope -split ' ' | Select-Object @{Name = 'Consent'; Expression = { $grant.ConsentType } }, @{Name = 'App'; Expression = { $aadsp.Id } }
    }
}
