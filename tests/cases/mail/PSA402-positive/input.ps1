# High Volume Email: internal bulk mail with a password
$hve = 'smtp-hve.office365.com'
$cred = Get-Credential -Message 'HVE account'
Send-MailMessage -SmtpSer $hve -Port 587 -UseSsl -Credential $cred -To 'all@contoso.com' -From 'news@contoso.com' -Subject 'Newsletter'

# the same through System.Net.Mail.SmtpClient
$client = [System.Net.Mail.SmtpClient]::new($hve, 587)
$client.EnableSsl = $true
$client.Credentials = $cred

# and through MailKit
$mk = New-Object MailKit.Net.Smtp.SmtpClient
$mk.Connect('smtp-hve.office365.com', 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$mk.Authenticate($cred.UserName, $password)
