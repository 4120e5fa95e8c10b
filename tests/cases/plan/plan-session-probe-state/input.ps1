# Lists the transport rules and their state; checks the Exchange Online
# session before each batch (long runs outlive a session).
[CmdletBinding()]
param([string]$OutFile = '.\transport-rules.csv')

function Test-ExoConnection {
    Write-Verbose "Checking the Exchange Online session..."
    if (!$ExoSession -or ($ExoSession.State -ne "Opened")) {
        try { $script:ExoSession = Get-PSSession -InstanceId (Get-OrganizationConfig).RunspaceId.Guid -ErrorAction Stop }
        catch {
            try {
                $script:ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential (Get-Credential) -Authentication Basic -AllowRedirection -ErrorAction Stop
                Import-PSSession $ExoSession -ErrorAction Stop | Out-Null
            }
            catch { Write-Error "Could not connect to Exchange Online" -ErrorAction Stop }
        }
    }
    return $true
}

if (!(Test-ExoConnection)) { return }
$rules = Invoke-Command -Session $ExoSession -ScriptBlock { Get-TransportRule | Select-Object -Property Name,State,Priority } -HideComputerName
foreach ($r in $rules) {
    if (Test-ExoConnection) { Write-Verbose "Rule $($r.Name)" }
}
$rules | Export-Csv $OutFile -NoTypeInformation
if ($ExoSession -and $ExoSession.State -eq 'Opened') { Write-Verbose 'The Exchange Online session stays open for the next run' }
