# Weekly phishing-simulation notice; the admin runs it after signing in.
$mailCred = Get-Credential -Message 'Sender mailbox'
$sender = "Security Team <security@contoso.com>"
$recipient = "Dana Park <dana@contoso.com>"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From $sender -To $recipient -Subject 'Simulation next week' -Body 'Heads up.' -Credential $mailCred
