# Nightly quarantine report. Run once with -Setup to save the reporting account.
param([switch]$Setup)
if ($Setup) {
    Get-Credential -Message "Reporting account" | Export-Clixml -Path "C:\Jobs\Quarantine\svc.xml"
} else {
    Write-Output "Nightly run $(Get-Date -Format d)"
}
$cred = Import-Clixml -Path "C:\Jobs\Quarantine\svc.xml"
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Get-QuarantineMessage -StartReceivedDate (Get-Date).AddDays(-1) | Export-Csv "C:\Jobs\Quarantine\report.csv" -NoTypeInformation
