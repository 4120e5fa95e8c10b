# SMTP AUTH, other relays, and SmtpClient with credentials are other rules' business.
$cred = Import-Clixml -Path .\smtp-cred.xml
Send-MailMessage -From 'a@contoso.com' -To 'b@contoso.com' -Subject 's' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
Send-MailMessage -From 'a@contoso.com' -To 'b@contoso.com' -Subject 's' -SmtpServer relay.contoso.local
$smtp = New-Object System.Net.Mail.SmtpClient('contoso-com.mail.protection.outlook.com', 25)
$smtp.Credentials = New-Object System.Net.NetworkCredential($user, $pass)
$note = 'MX record: contoso-com.mail.protection.outlook.com'
