# Exports yesterday's message trace to a CSV file for the SIEM collector.
# Scheduled task, runs nightly as the service account.

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$OutputFile = "MessageTrace.csv"
$settings = Import-PowerShellDataFile "$PSScriptRoot\settings.psd1"

$ScriptDir = Split-Path $MyInvocation.MyCommand.Path

Write-Host "Connecting to Exchange Online"
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
Get-ConnectionInformation | Format-Table

$start = (Get-Date).AddDays(-1).Date
Get-MessageTrace -StartDate $start -EndDate $start.AddDays(1) -PageSize 5000 |
    Export-Csv -Path "$ScriptDir\$OutputFile" -NoTypeInformation -Encoding UTF8
Write-Host "Saved $ScriptDir\$OutputFile for $($settings.Collector)"

Disconnect-ExchangeOnline -Confirm:$false
