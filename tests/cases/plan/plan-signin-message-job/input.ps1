# Weekly check of the shared mailboxes' sizes; runs as a scheduled task on the reporting server.
$User = "svc-reports@contoso.com"
$Password = Get-Content "C:\Scripts\Secure\svc-reports.txt" | ConvertTo-SecureString
$Cred = New-Object System.Management.Automation.PSCredential ($User, $Password)

Connect-ExchangeOnline -Credential $Cred -ShowBanner:$false
$Report = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize, ItemCount

Send-MailMessage -From svc-reports@contoso.com -To it-team@contoso.com -Subject "Weekly storage report" -Body ($Report | ConvertTo-Html | Out-String) -BodyAsHtml -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Cred

Disconnect-ExchangeOnline -Confirm:$false
