# Weekly phishing-simulation notice to the awareness team; the admin runs it after signing in.
$mailCred = Get-Credential -Message 'Sender mailbox'
$sender = "Security Team <security@contoso.com>"
$recipients = "Dana Park <dana@contoso.com>; Lee Chen <lee@contoso.com>"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -From $sender -To $recipients -Subject 'Simulation next week' -Body 'Heads up.' -Credential $mailCred
