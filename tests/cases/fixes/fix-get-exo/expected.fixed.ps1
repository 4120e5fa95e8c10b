Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization o
Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress | Select-Object DisplayName, ForwardingSmtpAddress
Get-EXOCasMailbox -ResultSize Unlimited | Select-Object DisplayName, ImapEnabled, PopEnabled
Get-Mailbox -SortBy DisplayName | Select-Object DisplayName
