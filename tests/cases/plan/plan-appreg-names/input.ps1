# Daily backup report: the organization name below is one of the
# report's own header values, not a sign-in setting.
$Organization = "Northwind Traders"
$SmtpUser = "reports@northwind.onmicrosoft.com"
$SmtpPass = Get-Content "C:\Scripts\smtp.txt" | ConvertTo-SecureString
$SmtpCred = New-Object System.Management.Automation.PSCredential($SmtpUser, $SmtpPass)

$failed = Get-ChildItem "D:\Backup\Logs" -Filter *.log | Select-String -Pattern "FAILED" | Measure-Object
$body = "$Organization - $($failed.Count) failed backup jobs today."

Send-MailMessage -From $SmtpUser -To "it-ops@northwind.com" -Subject "Backup report" -Body $body -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $SmtpCred
