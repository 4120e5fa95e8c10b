# Weekly disk report for the service desk, run by the task scheduler.
$sender = "svc-reports@contoso.com"
$secret = Get-Content "C:\Jobs\mailer.txt" | ConvertTo-SecureString
$mailCred = New-Object System.Management.Automation.PSCredential ($sender, $secret)
$body = Get-Volume | Format-Table -AutoSize | Out-String
Send-MailMessage -From $sender -To "servicedesk@contoso.com" -Subject "Disk report"-SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $mailCred -Body $body
