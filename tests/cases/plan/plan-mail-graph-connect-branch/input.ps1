# a person runs it: lists users, and mails only when asked
param([switch]$Mail)
Get-AzureADUser -All $true | Select-Object DisplayName | Export-Csv users.csv
if ($Mail) {
  $cred = Get-Credential
  Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From me@contoso.com -To desk@contoso.com -Subject 'Users' -Body 'attached' -Attachments users.csv -Credential $cred
}
