# Expiring application secrets. The applications come out of a function of the script;
# their reads happen in the caller (.ObjectId, the secrets' EndDate), which psauth does
# not follow out of a function's output, so nothing is edited.
function Get-AppsWithSecrets {
    Get-AzureADApplication -All $true | Where-Object { $_.PasswordCredentials }
}
Connect-AzureAD
$apps = Get-AppsWithSecrets
foreach ($app in $apps) {
    foreach ($secret in $app.PasswordCredentials) {
        if ($secret.EndDate -lt (Get-Date).AddDays(30)) {
            Write-Output "$($app.DisplayName) ($($app.ObjectId)): secret ends $($secret.EndDate)"
        }
    }
}
