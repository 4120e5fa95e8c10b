Connect-ExchangeOnline -CertificateThumbprint $Thumb -AppId $AppId -Organization 'contoso.onmicrosoft.com'
Get-Mailbox -ResultSize Unlimited | Export-Csv .\mailboxes.csv
Disconnect-ExchangeOnline -Confirm:$false
Disconnect-ExchangeOnline -Confirm:$false
$exo = Get-PSSession -ConfigurationName Microsoft.Exchange
Disconnect-ExchangeOnline -Confirm:$false
Disconnect-ExchangeOnline -Confirm:$false
