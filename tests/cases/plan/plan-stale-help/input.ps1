<#
  Nightly disk report, mailed to the operators.
  First run Save-MailPassword.ps1 on this server once: it stores the mail
  account's password as an encrypted secure string in D:\jobs\mail.key.
#>
$from = 'reports@contoso.com'
$key = Get-Content 'D:\jobs\mail.key' | ConvertTo-SecureString
$mailCred = New-Object System.Management.Automation.PSCredential($from, $key)
$report = Get-PSDrive -PSProvider FileSystem | Out-String
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $mailCred `
    -From $from -To 'ops@contoso.com' -Subject 'Disk report' -Body $report
