# one-time setup for the mailbox audit

Connect-ExchangeOnline -ShowBanner:$false | Out-Null
Get-EXOMailbox -ResultSize Unlimited -Properties AuditEnabled | Select-Object DisplayName, AuditEnabled
Disconnect-ExchangeOnline -Confirm:$false
