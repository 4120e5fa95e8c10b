Connect-ExchangeOnline -CertificateThumbprint $Thumb -AppId $AppId -Organization 'contoso.onmicrosoft.com'
Get-Mailbox -ResultSize Unlimited | Export-Csv .\mailboxes.csv
Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Remove-PSSession
gsn | ? ConfigurationName -eq Microsoft.Exchange | rsn
$exo = Get-PSSession -ConfigurationName Microsoft.Exchange
Remove-PSSession -Session $exo
Get-PSSession | Remove-PSSession
