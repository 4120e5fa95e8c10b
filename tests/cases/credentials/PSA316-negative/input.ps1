param([securestring]$SecurePassword)
# SecureString passwords, literals (PSA304), files (PSA305) and mail clients (PSA403, PSA405).
$a = New-Object System.Net.NetworkCredential('svc', $SecurePassword)
$b = New-Object System.Net.NetworkCredential('svc', (Read-Host -AsSecureString))
$c = New-Object System.Net.NetworkCredential('svc', 'Summer2024!')
$d = New-Object System.Net.NetworkCredential('svc', (Get-Content .\pw.txt))
$pw = Read-Host 'Password'
$smtp = New-Object System.Net.Mail.SmtpClient('smtp.office365.com', 587)
$smtp.Credentials = New-Object System.Net.NetworkCredential('svc@contoso.com', $pw)
$e = [System.Net.CredentialCache]::DefaultNetworkCredentials
