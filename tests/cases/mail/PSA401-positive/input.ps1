# Daily report mailed through Exchange Online SMTP AUTH.
$cred = Get-Credential -Message 'Mailbox account'

# server through $PSDefaultParameterValues, -Credential abbreviated
$PSDefaultParameterValues['Send-MailMessage:SmtpServer'] = 'smtp.office365.com'
Send-MailMessage -To 'ops@contoso.com' -From 'report@contoso.com' -Subject 'Daily' -Cred $cred -Port 587 -UseSsl

# -ComputerName is an alias of -SmtpServer; module-qualified name
Microsoft.PowerShell.Utility\Send-MailMessage -ComputerName 'smtp-legacy.office365.com' -Credential $cred -To 'ops@contoso.com' -From 'report@contoso.com' -Subject 'Legacy'
