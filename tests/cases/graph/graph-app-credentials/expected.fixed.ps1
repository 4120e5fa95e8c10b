# Expiring secrets and certificates of app registrations and service principals. AzureAD's
# credentials had StartDate/EndDate; Graph's have StartDateTime/EndDateTime (Microsoft Entra
# PowerShell adds the old names as aliases): reads in loops, through variables and of every credential at once are rewritten.
Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome
$limit = (Get-Date).AddDays(30)
$apps = Get-MgApplication -All
foreach ($app in $apps) {
    foreach ($secret in $app.PasswordCredentials) {
        if ($secret.EndDateTime -lt $limit) {
            Write-Output "$($app.DisplayName): secret $($secret.KeyId) expires $($secret.EndDateTime)"
        }
    }
    $certs = $app.KeyCredentials
    foreach ($cert in $certs) {
        if ($cert.EndDateTime -lt $limit) {
            Write-Output "$($app.DisplayName): $($cert.Type) certificate valid $($cert.StartDateTime) to $($cert.EndDateTime)"
        }
    }
}
foreach ($sp in Get-MgServicePrincipal -All) {
    $latest = $sp.PasswordCredentials.EndDateTime | Sort-Object -Descending | Select-Object -First 1
    Write-Output "$($sp.DisplayName): last secret expiry $latest, key ids $($sp.KeyCredentials.KeyId -join ';')"
    foreach ($key in $sp.KeyCredentials) {
        if ($key.EndDateTime -lt $limit) { Write-Output "$($sp.DisplayName): $($key.Usage) key expires $($key.EndDateTime)" }
    }
}
