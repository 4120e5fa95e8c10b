# Lists the transport rules and their state; checks the Exchange Online
# session before each batch (long runs outlive a session).
[CmdletBinding()]
param([string]$OutFile = '.\transport-rules.csv')

function Test-ExoConnection {
    Write-Verbose "Checking the Exchange Online session..."
    if (-not (Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession })) {
        try { if (-not (Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession })) { throw 'No Exchange Online connection' } }
        catch {
            try {
                Connect-ExchangeOnline -ErrorAction Stop -ShowBanner:$false | Out-Null
            }
            catch { Write-Error "Could not connect to Exchange Online" -ErrorAction Stop }
        }
    }
    return $true
}

if (!(Test-ExoConnection)) { return }
$rules = & { Get-TransportRule | Select-Object -Property Name,State,Priority }
foreach ($r in $rules) {
    if (Test-ExoConnection) { Write-Verbose "Rule $($r.Name)" }
}
$rules | Export-Csv $OutFile -NoTypeInformation
if (Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and -not $_.IsEopSession }) { Write-Verbose 'The Exchange Online session stays open for the next run' }
