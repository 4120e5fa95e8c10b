# Daily mailbox size export (Task Scheduler, 06:00).
$CredFile = Join-Path $PSScriptRoot "report-account.xml"

# First run: save the reporting account's credential next to the script
if (-not (Test-Path $CredFile)) {
    Get-Credential -Message "Reporting account" | Export-Clixml -Path $CredFile
}
$ReportCred = Import-Clixml -Path $CredFile
Connect-ExchangeOnline -Credential $ReportCred -ShowBanner:$false

Get-EXOMailbox -ResultSize Unlimited | Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize | Export-Csv "$PSScriptRoot\sizes.csv" -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
