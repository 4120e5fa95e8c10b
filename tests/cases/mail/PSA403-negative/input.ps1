# Relay with the Windows account, no password
$relay = New-Object System.Net.Mail.SmtpClient('relay.contoso.com', 25)
$relay.UseDefaultCredentials = $true
$relay.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials

# Direct Send without credentials
$direct = [System.Net.Mail.SmtpClient]::new('contoso-com.mail.protection.outlook.com', 25)
$direct.Send($message)

# credentials, but not a Microsoft 365 server
$other = New-Object System.Net.Mail.SmtpClient('smtp.contoso.com', 587)
$other.Credentials = $cred

# Credentials on something that is not an SmtpClient
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred
