<#
.SYNOPSIS
    Client protocol audit (POP, IMAP, ActiveSync, EWS) for Fabrikam mailboxes.

.DESCRIPTION
    Uses the MFA-capable "Exchange Online Remote PowerShell Module" that was
    installed from the Exchange admin center (ClickOnce). The module is not in
    PSModulePath, so the script locates the DLL under the ClickOnce cache,
    imports it and dot-sources CreateExoPSSession.ps1 before connecting.

.PARAMETER AdminUpn
    Account used for the MFA sign-in prompt.

.PARAMETER OutputFile
    CSV file for the results.
#>
[CmdletBinding()]
param(
    [string]$AdminUpn = 'exo-admin@fabrikam.com',
    [string]$OutputFile = "$env:USERPROFILE\Desktop\ProtocolAudit.csv"
)

Write-Host 'Loading Exchange Online Remote PowerShell Module...' -ForegroundColor Cyan
$exoDll = Get-ChildItem $env:LOCALAPPDATA\Apps\2.0\ -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse |
    Sort-Object LastWriteTime -Descending |
    Select-Object -First 1
if (-not $exoDll) {
    throw 'ExoPowershellModule.dll not found - install the module from the Exchange admin center first.'
}
Import-Module $exoDll.FullName -Force

$scriptDir = Get-ChildItem -Path $env:LOCALAPPDATA\Apps\2.0\ -Filter CreateExoPSSession.ps1 -Recurse |
    Select-Object -Last 1 -ExpandProperty DirectoryName
. "$scriptDir\CreateExoPSSession.ps1"

try {
    Connect-EXOPSSession -UserPrincipalName $AdminUpn
}
catch {
    Write-Host "Could not connect as ${AdminUpn}: $_" -ForegroundColor Red
    return
}

$results = New-Object System.Collections.Generic.List[object]
$casMailboxes = Get-CASMailbox -ResultSize Unlimited
foreach ($cas in $casMailboxes) {
    $legacyClients = @()
    if ($cas.PopEnabled)        { $legacyClients += 'POP' }
    if ($cas.ImapEnabled)       { $legacyClients += 'IMAP' }
    if ($cas.ActiveSyncEnabled) { $legacyClients += 'EAS' }
    if ($cas.EwsEnabled)        { $legacyClients += 'EWS' }
    $results.Add([pscustomobject]@{
        Name             = $cas.Name
        PrimarySmtp      = $cas.PrimarySmtpAddress
        OwaEnabled       = $cas.OWAEnabled
        ProtocolsEnabled = ($legacyClients -join ';')
    })
}
Write-Host ("{0} mailboxes checked, {1} with POP or IMAP enabled" -f $results.Count,
    ($results | Where-Object { $_.ProtocolsEnabled -match 'POP|IMAP' }).Count)

$results | Export-Csv -Path $OutputFile -NoTypeInformation
Write-Host "Saved $OutputFile" -ForegroundColor Green

# Close the V1 session(s) so the five-connection limit isn't hit next run
Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Remove-PSSession
