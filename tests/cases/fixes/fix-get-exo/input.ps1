Connect-ExchangeOnline -CertificateThumbprint $t -AppId $a -Organization o
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, ForwardingSmtpAddress
Get-CASMailbox -ResultSize Unlimited | Select-Object DisplayName, ImapEnabled, PopEnabled
Get-Mailbox -SortBy DisplayName | Select-Object DisplayName
