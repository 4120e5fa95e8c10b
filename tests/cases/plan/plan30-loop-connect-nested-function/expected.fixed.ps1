# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

function Update-Sites {
    param($Sites)
    Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
    foreach ($site in $Sites) {
        foreach ($owner in $site.Owners) {
            Add-UnifiedGroupLinks -Identity $site.Group -LinkType Owners -Links $owner
        }
    }
    Disconnect-ExchangeOnline -Confirm:$false
}
Update-Sites -Sites (Import-Csv .\sites.csv)
