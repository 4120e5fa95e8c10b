<#
  Reboot notice: tells the helpdesk that the server is back.
#>
$sender = 'alerts@contoso.com'
$secret = Get-Content 'D:\jobs\smtp.txt' | ConvertTo-SecureString
$smtpCred = New-Object System.Management.Automation.PSCredential($sender, $secret)
$text = "$env:COMPUTERNAME is back online"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl `
    -Credential $smtpCred `
    -From $sender -To 'helpdesk@contoso.com' `
    -Subject 'Back online' -Body $text
