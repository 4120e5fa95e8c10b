# Nightly job summary for the operations team (scheduled task).
$cred = Import-Clixml -Path C:\Jobs\smtp-cred.xml
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From jobs@contoso.com -To ops@contoso.com, oncall@contoso.com -Subject Nightly` summary -Body "Finished at $(Get-Date)"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From jobs@contoso.com -To ops@contoso.com -Subject Failures`:` none -Body "No failures" -Priority Low
