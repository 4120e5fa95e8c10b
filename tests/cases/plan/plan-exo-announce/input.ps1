# Weekly shared mailbox size report, run by the reporting server's task scheduler.
param(
    [string]$ReportPath = 'D:\Reports\SharedMailboxes.csv'
)

$user = 'svc-reports@northwindtraders.onmicrosoft.com'
# password file
$pass = Get-Content 'D:\Secure\svc-reports.txt' | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)
Write-Host "Connecting to Exchange Online remote PowerShell..." -ForegroundColor Cyan
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $session -DisableNameChecking | Out-Null

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-MailboxStatistics |
    Select-Object DisplayName, TotalItemSize, ItemCount |
    Export-Csv -Path $ReportPath -NoTypeInformation

Remove-PSSession $session
