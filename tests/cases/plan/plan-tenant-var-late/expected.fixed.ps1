param($Credential = (Get-AutomationPSCredential -Name 'o365'))
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Microsoft Graph: LicenseAssignment.Read.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

function Logon {
  Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization -ShowBanner:$false
  Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
}
Logon
# set after the connection, from MSOnline
$sku = Get-MgSubscribedSku -All
$TenantDomain = $sku[0].AccountName + '.onmicrosoft.com'
Get-Mailbox -ResultSize 10 | Select-Object Name, @{n='Tenant';e={$TenantDomain}}
Disconnect-ExchangeOnline -Confirm:$false
