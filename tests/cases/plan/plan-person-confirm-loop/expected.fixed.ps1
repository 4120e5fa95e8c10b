# Weekly clean-up of disabled shared mailboxes (scheduled task); -Confirm asks before removing.
param([switch]$Confirm)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
$old = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -Filter "CustomAttribute1 -eq 'disabled'" -ResultSize Unlimited
if ($Confirm) {
    do {
        $answer = Read-Host "Remove $($old.Count) mailboxes? (y/n)"
    } until ($answer -in 'y', 'n')
    if ($answer -ne 'y') { return }
}
$old | Remove-Mailbox -Confirm:$false
Disconnect-ExchangeOnline -Confirm:$false
