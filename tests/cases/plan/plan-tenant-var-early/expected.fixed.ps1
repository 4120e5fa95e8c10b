# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$TenantDomain = 'contoso.onmicrosoft.com'
function Logon {
  Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $TenantDomain -ShowBanner:$false
}
Logon
Get-EXOMailbox -ResultSize 10 | Select-Object Name
Disconnect-ExchangeOnline -Confirm:$false
