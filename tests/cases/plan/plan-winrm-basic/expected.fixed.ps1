# one-time setup for the mailbox audit

Connect-ExchangeOnline -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties AuditEnabled | Select-Object DisplayName, AuditEnabled
Disconnect-ExchangeOnline -Confirm:$false
