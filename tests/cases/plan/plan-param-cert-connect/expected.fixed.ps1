# Called by the provisioning runbook: sets the mailbox quota of a new hire.
param(
    [Parameter(Mandatory)][string]$Organization,
    [Parameter(Mandatory)][string]$ClientId,
    [Parameter(Mandatory)][string]$CertificateThumbprint,
    [Parameter(Mandatory)][string]$Mailbox
)

Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $ClientId -Organization $Organization -ShowBanner:$false -ErrorAction Stop

Set-Mailbox -Identity $Mailbox -ProhibitSendQuota 49GB -ProhibitSendReceiveQuota 50GB -IssueWarningQuota 48GB

Disconnect-ExchangeOnline -Confirm:$false
