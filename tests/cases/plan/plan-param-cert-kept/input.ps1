# Called by the provisioning runbook: sets the mailbox quota of a new hire.
param(
    [Parameter(Mandatory)][string]$AdminUser,
    [Parameter(Mandatory)][string]$AdminPassword,
    [Parameter(Mandatory)][string]$Mailbox
)

Import-Module ExchangeOnlineManagement
$pw = ConvertTo-SecureString -String $AdminPassword -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential -ArgumentList $AdminUser, $pw
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -ErrorAction Stop

Set-Mailbox -Identity $Mailbox -ProhibitSendQuota 49GB -ProhibitSendReceiveQuota 50GB -IssueWarningQuota 48GB
Write-Output "Quota set by $AdminUser"

Disconnect-ExchangeOnline -Confirm:$false
