# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   SharePoint (PnP): Sites.FullControl.All (SharePoint)
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

$sites = Import-Csv .\sites.csv
foreach ($s in $sites) {
    # each site of the tenant
    Connect-PnPOnline -Url $s.Url -Thumbprint $CertificateThumbprint -ClientId $AppId -Tenant $Organization
    Get-PnPWeb | Select-Object Title, LastItemModifiedDate
}
