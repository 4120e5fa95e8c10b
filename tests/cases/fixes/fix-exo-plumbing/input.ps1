# psauth fixture: everything single-use goes with the session
$pw = 'Spring2025!'
$sec = ConvertTo-SecureString $pw -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('svc@contoso.onmicrosoft.com', $sec)
$p = @{ ConfigurationN = 'Microsoft.Exchange'; ConnectionUri = 'https://ps.outlook.com/powershell-liveid/'; Auth = 'Basic' }
$s = nsn @p -Cred $cred -AllowRedirection
ipsn $s -AllowClobber
Get-Mailbox -Identity svc
rsn $s
