# Tells the owner when the backup share runs low on space.
$free = (Get-PSDrive -Name B).Free / 1GB
if ($free -lt 50) {
    $pw = ConvertTo-SecureString 'NotTheRealOne!' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ("backup.alerts@web.de", $pw)
    Send-MailMessage -From "backup.alerts@web.de" -To "owner@example.org" -Subject "Backup share low"-SmtpServer smtp-mail.outlook.com -Port 587 -UseSsl -Credential $cred -Body "Only $free GB left."
}
