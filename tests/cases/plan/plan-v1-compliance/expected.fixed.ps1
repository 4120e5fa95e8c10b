<#
.SYNOPSIS
    Opens a Security & Compliance session for the retention label work.
#>
$existing = Get-ConnectionInformation | Where-Object { $_.State -eq 'Connected' -and $_.IsEopSession }
if (-not $existing) {
    $AdminUpn = Read-Host "UPN of the compliance administrator"
    Import-Module ExchangeOnlineManagement
    Connect-IPPSSession -UserPrincipalName $AdminUpn -ShowBanner:$false
}
Get-ComplianceTag | Select-Object Name, RetentionDuration, RetentionAction
