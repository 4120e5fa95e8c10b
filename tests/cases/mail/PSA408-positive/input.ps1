Send-MailMessage -From 'scanner@contoso.com' -To 'it@contoso.com' -Subject 'Scan' -SmtpServer contoso-com.mail.protection.outlook.com -Port 25
$mx = 'contoso-com.mail.protection.outlook.com'
Send-MailMessage -From 'scanner@contoso.com' -To 'it@contoso.com' -Subject 'Scan' -ComputerName $mx
$smtp = New-Object System.Net.Mail.SmtpClient('contoso-com.mail.protection.outlook.com', 25)
$smtp.Send('scanner@contoso.com', 'it@contoso.com', 'Scan', 'done')
$client = [System.Net.Mail.SmtpClient]::new()
$client.Host = $mx
$client.Send($msg)
