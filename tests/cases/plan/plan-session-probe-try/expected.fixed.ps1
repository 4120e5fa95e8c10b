# Reports the owners of every Microsoft 365 group; reuses an open
# Exchange Online session when there is one.
try { if (-not (Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession })) { throw 'No Exchange Online connection' } }
catch {
    try {
        Connect-ExchangeOnline -ErrorAction Stop -ShowBanner:$false | Out-Null
    }
    catch { Write-Error "No Exchange Online session: connect first" -ErrorAction Stop; return }
}
if (Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession }) { Write-Verbose "Using the open Exchange Online connection" }

$groups = & { Get-UnifiedGroup -ResultSize Unlimited | Select-Object -Property DisplayName,ManagedBy }
$groups | Export-Csv .\group-owners.csv -NoTypeInformation
