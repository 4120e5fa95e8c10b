Add-Type -Path "$PSScriptRoot\MailKit.dll"

# OAuth: SaslMechanismOAuth2 with a token
$oauth = New-Object MailKit.Security.SaslMechanismOAuth2 -ArgumentList 'archive@contoso.com', $token
$imap = New-Object MailKit.Net.Imap.ImapClient
$imap.Connect('outlook.office365.com', 993, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$imap.Authenticate($oauth, $cancel)

# some other API's Authenticate method
$api = Get-VendorClient
$api.Authenticate($user, $pass)

# a mail server that is not Microsoft 365
$other = New-Object MailKit.Net.Imap.ImapClient
$other.Connect('imap.contoso.com', 993, $true)
$other.Authenticate($user, $pass)
