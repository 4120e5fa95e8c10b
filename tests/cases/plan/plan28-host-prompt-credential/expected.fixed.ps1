# Weekly mailbox size report, run by the messaging admin from their workstation
$ReportPath = "C:\Reports\MailboxSizes.csv"

Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -ShowBanner:$false

Get-Mailbox -ResultSize Unlimited |
    Get-MailboxStatistics |
    Select-Object DisplayName, ItemCount, TotalItemSize |
    Export-Csv -Path $ReportPath -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
