# Sends the disk health report to the operations team

$credential = Import-Clixml -Path "C:\Scripts\report.xml"

$health = Get-PhysicalDisk | Sort-Object Size | Format-Table FriendlyName, Size, HealthStatus -AutoSize | Out-String
$From = "reports@contoso.com"
$To = "it-ops@contoso.com"
$Subject = "Disk health $(Get-Date -Format d)"
$SMTPServer = "smtp.office365.com"
$SMTPPort = "587"
$Relay = "smtp.office365.com"
Write-Verbose "Sending through $Relay"
Send-MailMessage -From $From -To $To -Subject $Subject -Body $health -SmtpServer $SMTPServer -Port $SMTPPort -UseSsl -Credential $credential
