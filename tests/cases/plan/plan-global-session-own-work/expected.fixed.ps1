# Mailbox sizes to a CSV file
Connect-ExchangeOnline -ShowBanner:$false
Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize | Export-Csv -Path .\sizes.csv -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
