<#
.SYNOPSIS
    Lists the mailboxes that forward mail outside the organization.
#>
param(
    [string]$Report = ".\forwarding.csv"
)

$current = Get-ConnectionInformation | Where-Object State -eq 'Connected'
if (-not $current) {
    Write-Host "Not connected to Exchange Online yet" -ForegroundColor Yellow
    Connect-ExchangeOnline -ShowBanner:$false | Out-Null
}

Get-Mailbox -ResultSize Unlimited |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, PrimarySmtpAddress, ForwardingSmtpAddress, DeliverToMailboxAndForward |
    Export-Csv -Path $Report -NoTypeInformation
