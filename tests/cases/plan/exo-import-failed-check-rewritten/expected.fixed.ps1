param([string]$ReportPath = ".\forwarding.csv")

Connect-ExchangeOnline -ShowBanner:$false
if (-not (Get-ConnectionInformation)) {
    throw "Exchange Online cmdlets could not be loaded"
}

Get-Mailbox -ResultSize Unlimited |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress |
    Export-Csv $ReportPath -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
