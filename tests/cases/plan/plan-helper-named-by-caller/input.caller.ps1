# Weekly mailbox quota check; the shared start-up script signs in.
. "$PSScriptRoot\input.ps1"
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ProhibitSendQuota -like "*GB*" } | Select-Object DisplayName, ProhibitSendQuota
