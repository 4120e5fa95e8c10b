# Daily report mailer (scheduled).
$cred = Import-Clixml -Path C:\Jobs\mailer.xml
$Failures = Get-Content C:\Jobs\failures.txt
if ($Failures) { $Level = 'High' } else { $Level = "Normal" }
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From reports@contoso.com -To ops@contoso.com -Subject 'Daily report' -Body ($Failures -join "`n") -Priority $Level -DeliveryNotificationOption OnSuccess, OnFailure
