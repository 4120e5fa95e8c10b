# Scheduled task: nightly forwarding report. The service account's password
# is stored AES-encrypted next to the script.
$ReportPath = 'D:\Reports\forwarding.csv'
$User = 'svc-reports@contoso.onmicrosoft.com'
$KeyFile = "$PSScriptRoot\aes.key"
$PasswordFile = "$PSScriptRoot\password.txt"
[byte[]]$Key = Get-Content $KeyFile
$Password = Get-Content $PasswordFile | ConvertTo-SecureString -Key $Key
$Credential = New-Object System.Management.Automation.PSCredential($User, $Password)

Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false -ErrorAction Stop
Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress |
    Export-Csv $ReportPath -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
