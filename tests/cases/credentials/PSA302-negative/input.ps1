$PasswordFile = 'C:\Scripts\password.txt'
# DPAPI-encrypted standard string (no -AsPlainText)
$secure = Get-Content $PasswordFile | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $secure)
Write-Host 'Get-Content password.txt | ConvertTo-SecureString -AsPlainText -Force'
