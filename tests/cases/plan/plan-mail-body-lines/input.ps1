# Mails the nightly backup log and the disk report to the helpdesk.
$SmtpServer = "smtp.office365.com"
$From = "backup@contoso.com"
$To = "helpdesk@contoso.com"
$User = "backup@contoso.com"
$Secure = Get-Content "C:\Scripts\backup-mail.txt" | ConvertTo-SecureString
$Cred = New-Object System.Management.Automation.PSCredential ($User, $Secure)

$Log = Get-Content "C:\Backup\last-run.log"
Send-MailMessage -SmtpServer $SmtpServer -Port 587 -UseSsl -Credential $Cred -From $From -To $To -Subject "Backup log" -Body $Log

$Report = Get-PSDrive -PSProvider FileSystem | Select-Object Name, Used, Free | ConvertTo-Html -Title "Disks"
Send-MailMessage -SmtpServer $SmtpServer -Port 587 -UseSsl -Credential $Cred -From $From -To $To -Subject "Disk report" -Body $Report -BodyAsHtml

$Summary = Get-Content "C:\Backup\summary.txt" -Raw
Send-MailMessage -SmtpServer $SmtpServer -Port 587 -UseSsl -Credential $Cred -From $From -To $To -Subject "Backup summary" -Body $Summary
