# Reported by PSA401, PSA402 and PSA408 instead.
Send-MailMessage -From 'a@contoso.com' -To 'b@contoso.com' -Subject 's' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
Send-MailMessage -From 'a@contoso.com' -To 'b@contoso.com' -Subject 's' -SmtpServer smtp-hve.office365.com -Port 587 -UseSsl -Credential $cred
Send-MailMessage -From 'a@contoso.com' -To 'b@contoso.com' -Subject 's' -SmtpServer contoso-com.mail.protection.outlook.com
# A function of the same name, and Graph.
function Send-MailMessage {
    param($To)
    Send-MgUserMail -UserId 'a@contoso.com' -BodyParameter @{}
}
Send-MailMessage -To 'b@contoso.com'
