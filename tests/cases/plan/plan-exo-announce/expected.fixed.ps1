# Weekly shared mailbox size report, run by the reporting server's task scheduler.
param(
    [string]$ReportPath = 'D:\Reports\SharedMailboxes.csv'
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = 'northwindtraders.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Write-Host "Connecting to Exchange Online PowerShell..." -ForegroundColor Cyan
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-MailboxStatistics |
    Select-Object DisplayName, TotalItemSize, ItemCount |
    Export-Csv -Path $ReportPath -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
