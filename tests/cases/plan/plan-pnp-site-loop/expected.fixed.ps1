# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$sites = Import-Csv .\sites.csv
foreach ($s in $sites) {
    # each site of the tenant
    Connect-PnPOnline -Url $s.Url -Thumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -Tenant $ExoOrganization
    Get-PnPWeb | Select-Object Title, LastItemModifiedDate
}
