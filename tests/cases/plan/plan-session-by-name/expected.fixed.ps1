# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly room mailbox settings job.
$Old = (Get-ConnectionInformation).Count
if ($Old -ge 1) { Disconnect-ExchangeOnline -Confirm:$false }
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
foreach ($room in Get-Mailbox -RecipientTypeDetails RoomMailbox) {
    Set-CalendarProcessing -Identity $room.Alias -DeleteSubject $false
}
Disconnect-ExchangeOnline -Confirm:$false
