# foreach over a filtered pipeline of a legacy call's objects: the loop variable holds those objects,
# so its reads are followed (.ObjectID -> .Id) and it can feed a piped call
Connect-AzureAD
$aadsps = Get-AzureADServicePrincipal -All $true
foreach ($aadsp in ($aadsps | Where-Object { $_.ServicePrincipalType -eq 'Application' } | Sort-Object DisplayName)) {
    Write-Output "$($aadsp.DisplayName) ($($aadsp.ObjectID))"
    $aadsp | Get-AzureADServicePrincipalOAuth2PermissionGrant -All $true -pv grant | ForEach-Object {
        $grant.Scope -split ' ' | Select-Object @{Name = 'Consent'; Expression = { $grant.ConsentType } }, @{Name = 'App'; Expression = { $aadsp.ObjectID } }
    }
}
