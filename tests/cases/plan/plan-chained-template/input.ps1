# Mail settings: fill in the sender
$sender = #sender_address
$password = #sender_password
$secure = ConvertTo-SecureString -String $password -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential -ArgumentList $sender, $secure
$subject = "Mailbox report"

Send-MailMessage -To 'helpdesk@contoso.com' -From $sender -Subject $subject -Body 'Done.' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
