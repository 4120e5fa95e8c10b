# Nightly report of mailboxes close to their quota (scheduled task).
$reportPath = 'D:\Reports\quota.csv'
$user = 'svc-quota@contoso.onmicrosoft.com'
$key = Get-Content 'D:\Secure\aes.key'; $pw = Get-Content 'D:\Secure\pw.txt' | ConvertTo-SecureString -Key $key; $cred = New-Object System.Management.Automation.PSCredential($user, $pw)

Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties ProhibitSendQuota |
    Select-Object DisplayName, ProhibitSendQuota |
    Export-Csv -Path $reportPath -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
