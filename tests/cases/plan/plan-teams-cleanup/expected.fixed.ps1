# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization -ShowBanner:$false
Connect-MicrosoftTeams -CertificateThumbprint $CertificateThumbprint -ApplicationId $AppId -TenantId $TenantId
Get-Mailbox -ResultSize 10 | Out-Null
Get-CsOnlineUser | Out-Null
Disconnect-ExchangeOnline -Confirm:$false
Disconnect-MicrosoftTeams
