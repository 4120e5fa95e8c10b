# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Mailbox size of one user (asked once); signs in with the stored report account.
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
$who = Read-Host "Mailbox"
Get-EXOMailboxStatistics -Identity $who | Select-Object DisplayName, TotalItemSize
Disconnect-ExchangeOnline -Confirm:$false
