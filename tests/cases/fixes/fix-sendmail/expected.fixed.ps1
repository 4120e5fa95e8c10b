$cred = Import-Clixml C:\secure\smtp.xml
foreach ($r in $reports) {
    Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
        -From 'reports@contoso.com' -To $r.Owner -Cc 'audit@contoso.com' `
        -Subject "Report $($r.Name)" -Body $r.Html -BodyAsHtml -ErrorAction Stop
}
Send-MailMessage -SmtpServer smtp.office365.com -Credential $cred -From a@contoso.com -To b@contoso.com -Subject x -DeliveryNotificationOption Never
