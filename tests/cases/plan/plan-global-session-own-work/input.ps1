# Mailbox sizes to a CSV file
$o365Credential = Get-Credential
$global:o365 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.outlook.com/powershell/ -Credential $o365Credential -Authentication Basic -AllowRedirection
Import-PSSession $o365
Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize | Export-Csv -Path .\sizes.csv -NoTypeInformation
Get-PSSession | Remove-PSSession
