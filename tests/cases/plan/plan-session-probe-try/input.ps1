# Reports the owners of every Microsoft 365 group; reuses an open
# Exchange Online session when there is one.
try { $session = Get-PSSession -InstanceId (Get-AcceptedDomain | select -First 1).RunspaceId.Guid -ErrorAction Stop }
catch {
    try {
        $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential (Get-Credential) -Authentication Basic -AllowRedirection -ErrorAction Stop
        Import-PSSession $session -ErrorAction Stop | Out-Null
    }
    catch { Write-Error "No Exchange Online session: connect first" -ErrorAction Stop; return }
}
if ($session) { Write-Verbose "Using the open Exchange Online connection" }

$groups = Invoke-Command -Session $session -ScriptBlock { Get-UnifiedGroup -ResultSize Unlimited | Select-Object -Property DisplayName,ManagedBy } -HideComputerName
$groups | Export-Csv .\group-owners.csv -NoTypeInformation
