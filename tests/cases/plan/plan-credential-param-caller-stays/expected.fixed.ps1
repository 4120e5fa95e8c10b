# Disables POP and IMAP on new mailboxes; Start-Hardening.ps1 runs it with its service credential.
param(
    [System.Management.Automation.PSCredential]$Credential,
    [int]$Days = 1
)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
$since = (Get-Date).AddDays(-$Days)
Get-EXOMailbox -ResultSize Unlimited -Filter "WhenCreated -gt '$since'" | ForEach-Object {
    Set-CASMailbox -Identity $_.UserPrincipalName -PopEnabled $false -ImapEnabled $false
}
Disconnect-ExchangeOnline -Confirm:$false
