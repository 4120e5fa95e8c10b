param([switch]$Early)
$mail = Get-AutomationPSCredential -Name 'sendmail'
if ($Early) {
  Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From svc@contoso.com -To desk@contoso.com -Subject 'Early' -Body 'x' -Credential $mail
}
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From svc@contoso.com -To desk@contoso.com -Subject 'Done' -Body 'y' -Credential $mail
