# Relay without sign-in, and an authenticated send to a server that is not Microsoft 365.
Send-MailMessage -From 'reports@contoso.com' -To 'ops@contoso.com' -Subject 'Daily report' -Body $body -SmtpServer 'relay.contoso.local'
$PSEmailServer = 'smtp.contoso.local'
Send-MailMessage -From 'reports@contoso.com' -To 'ops@contoso.com' -Subject 'Weekly report'
$p = @{ From = 'a@contoso.com'; To = 'b@contoso.com'; Subject = 'x'; SmtpServer = 'mail.fabrikam.com'; Credential = $cred }
Send-MailMessage @p
Microsoft.PowerShell.Utility\Send-MailMessage -To 'ops@contoso.com' -From 'a@contoso.com' -Subject 'y' -SmtpServer $server
