$PasswordFile = 'C:\Scripts\relay.pwd'
# DPAPI file read through ConvertTo-SecureString (no -AsPlainText): not a plain text password
$secure = Get-Content $PasswordFile | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential('svc-relay@contoso.com', $secure)
$user = Get-Content -Path 'C:\Scripts\relay.user'
$net = New-Object System.Net.NetworkCredential($user, $cred.Password)
