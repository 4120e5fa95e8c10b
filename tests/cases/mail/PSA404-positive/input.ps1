Add-Type -Path "$PSScriptRoot\MailKit.dll"
$user = 'archive@contoso.com'
$pass = Get-Content "$PSScriptRoot\imap.txt" -Raw

# IMAP password login to Exchange Online
$imap = New-Object MailKit.Net.Imap.ImapClient
$imap.Connect('outlook.office365.com', 993, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$imap.Authenticate($user, $pass)

# SMTP AUTH through MailKit, host in a variable
$server = 'smtp.office365.com'
$smtp = [MailKit.Net.Smtp.SmtpClient]::new()
$smtp.Connect($server, 587, [MailKit.Security.SecureSocketOptions]::StartTls)
$smtp.Authenticate($user, $pass)

# POP3 to a server not known statically
$pop = New-Object MailKit.Net.Pop3.Pop3Client
$pop.Connect($env:MAIL_HOST, 995, $true)
$pop.Authenticate($user, $pass)
