Connect-ExchangeOnline -ShowBanner:$false
Get-Mailbox -ResultSize 10
