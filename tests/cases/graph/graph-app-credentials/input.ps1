# Expiring secrets and certificates of app registrations and service principals. AzureAD's
# credentials had StartDate/EndDate; Graph's have StartDateTime/EndDateTime (Microsoft Entra
# PowerShell adds the old names as aliases): reads in loops, through variables and of every credential at once are rewritten.
Connect-AzureAD
$limit = (Get-Date).AddDays(30)
$apps = Get-AzureADApplication -All $true
foreach ($app in $apps) {
    foreach ($secret in $app.PasswordCredentials) {
        if ($secret.EndDate -lt $limit) {
            Write-Output "$($app.DisplayName): secret $($secret.KeyId) expires $($secret.EndDate)"
        }
    }
    $certs = $app.KeyCredentials
    foreach ($cert in $certs) {
        if ($cert.EndDate -lt $limit) {
            Write-Output "$($app.DisplayName): $($cert.Type) certificate valid $($cert.StartDate) to $($cert.EndDate)"
        }
    }
}
foreach ($sp in Get-AzureADServicePrincipal -All $true) {
    $latest = $sp.PasswordCredentials.EndDate | Sort-Object -Descending | Select-Object -First 1
    Write-Output "$($sp.DisplayName): last secret expiry $latest, key ids $($sp.KeyCredentials.KeyId -join ';')"
    foreach ($key in $sp.KeyCredentials) {
        if ($key.EndDate -lt $limit) { Write-Output "$($sp.DisplayName): $($key.Usage) key expires $($key.EndDate)" }
    }
}
