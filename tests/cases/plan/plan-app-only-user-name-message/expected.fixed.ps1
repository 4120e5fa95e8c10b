# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly archive report, run by Task Scheduler as the service account.

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
$mailboxes = Get-EXOMailbox -ResultSize Unlimited -Properties ArchiveStatus
$mailboxes | Where-Object ArchiveStatus -ne 'Active' | Export-Csv D:\Reports\no-archive.csv -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
