# Morning sign-in: connects the console for the licence scripts run next,
# then tells the team it is ready.
$cred = Get-Credential -Message 'Office 365 admin'
Connect-MsolService -Credential $cred
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From 'admin@contoso.com' -To 'team@contoso.com' -Subject 'Console ready' -Body 'Signed in.'
