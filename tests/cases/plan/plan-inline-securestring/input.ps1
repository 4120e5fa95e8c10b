# Mails the nightly backup log to the operators
$LogFile = "C:\Backup\nightly.log"
$SmtpUser = 'backup-report@contoso.com'
$smtpPassword = 'Winter2024!'
$MailTo = 'ops@contoso.com'

$Body = Get-Content $LogFile -Raw
$cred = New-Object System.Management.Automation.PSCredential -ArgumentList $SmtpUser, $($smtpPassword | ConvertTo-SecureString -AsPlainText -Force)
Send-MailMessage -From $SmtpUser -To $MailTo -Subject "Nightly backup" -Body $Body -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
