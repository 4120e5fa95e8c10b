param([switch]$Skype)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
if ($Skype) {
  Connect-MicrosoftTeams -CertificateThumbprint $ExoCertificateThumbprint -ApplicationId $ExoAppId -TenantId $ExoOrganization
  Get-CsOnlineUser | Out-Null
}
Get-Mailbox -ResultSize 10 | Out-Null
Disconnect-ExchangeOnline -Confirm:$false
