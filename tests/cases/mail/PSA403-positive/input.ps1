# System.Net.Mail.SmtpClient with a user name and password
$user = 'report@contoso.com'
$secure = Read-Host -AsSecureString -Prompt 'Password'

$smtp = [Net.Mail.SmtpClient]::new('smtp.office365.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = New-Object System.Net.NetworkCredential($user, $secure)
$smtp.Send('report@contoso.com', 'ops@contoso.com', 'Daily', 'Body')

# host set after construction, credential from a PSCredential
$cred = New-Object System.Management.Automation.PSCredential -ArgumentList $user, $secure
$client = New-Object -TypeName System.Net.Mail.SmtpClient
$client.Host = 'smtp.office365.com'
$client.Port = 587
$client.Credentials = $cred

# server only known at run time: info
function Send-Report([string]$Relay) {
    $c = New-Object System.Net.Mail.SmtpClient($Relay)
    $c.Credentials = $cred
}
