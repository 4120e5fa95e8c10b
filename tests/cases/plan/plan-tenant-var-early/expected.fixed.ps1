# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$TenantDomain = 'contoso.onmicrosoft.com'
function Logon {
  Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $TenantDomain -ShowBanner:$false
}
Logon
Get-EXOMailbox -ResultSize 10 | Select-Object Name
Disconnect-ExchangeOnline -Confirm:$false
