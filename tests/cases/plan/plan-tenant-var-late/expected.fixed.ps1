param($Credential = (Get-AutomationPSCredential -Name 'o365'))
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

function Logon {
  Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
  Connect-MgGraph -CertificateThumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -TenantId $ExoOrganization -NoWelcome
}
Logon
# set after the connection, from MSOnline
$sku = Get-MgSubscribedSku -All
$TenantDomain = $sku[0].AccountName + '.onmicrosoft.com'
Get-Mailbox -ResultSize 10 | Select-Object Name, @{n='Tenant';e={$TenantDomain}}
Disconnect-ExchangeOnline -Confirm:$false
