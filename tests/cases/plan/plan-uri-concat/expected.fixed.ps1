Connect-ExchangeOnline -ShowBanner:$false | Out-Null
Get-Mailbox -ResultSize 10
