# Turns on the audit log for every shared mailbox.

Connect-ExchangeOnline -ShowBanner:$false | Out-Null

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Set-Mailbox -AuditEnabled $true
Disconnect-ExchangeOnline -Confirm:$false
