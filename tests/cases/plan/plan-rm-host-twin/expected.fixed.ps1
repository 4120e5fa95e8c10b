<#
    .SYNOPSIS
    Exports the forwarding settings of every mailbox to a CSV file.
#>
$ReportPath = "C:\Reports\Forwarding-$(Get-Date -Format yyyyMMdd).csv"

Connect-ExchangeOnline -ShowBanner:$false | Out-Null

$Mailboxes = Get-Mailbox -ResultSize Unlimited
$Mailboxes | Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress, DeliverToMailboxAndForward |
    Export-Csv -Path $ReportPath -NoTypeInformation

Write-Host "Report written to $ReportPath"

# Clean up
Disconnect-ExchangeOnline -Confirm:$false
