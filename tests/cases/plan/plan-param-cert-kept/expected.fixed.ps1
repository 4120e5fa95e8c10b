# Called by the provisioning runbook: sets the mailbox quota of a new hire.
param(
    [Parameter(Mandatory)][string]$AdminUser,
    [Parameter(Mandatory)][string]$Mailbox
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false -ErrorAction Stop

Set-Mailbox -Identity $Mailbox -ProhibitSendQuota 49GB -ProhibitSendReceiveQuota 50GB -IssueWarningQuota 48GB
Write-Output "Quota set by $AdminUser"

Disconnect-ExchangeOnline -Confirm:$false
