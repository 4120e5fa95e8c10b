# Weekly check of the shared mailboxes' sizes; run it from your admin workstation.
$AdminCred = Get-Credential -Message "Microsoft 365 admin account"

Connect-ExchangeOnline -Credential $AdminCred -ShowBanner:$false
$Report = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize, ItemCount

Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $AdminCred
$Sites = Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent

$Body = ($Report | ConvertTo-Html -Fragment) + ($Sites | ConvertTo-Html -Fragment)
Send-MailMessage -From it-reports@contoso.com -To it-team@contoso.com -Subject "Weekly storage report" -Body ($Body | Out-String) -BodyAsHtml -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $AdminCred

Disconnect-SPOService
Disconnect-ExchangeOnline -Confirm:$false
