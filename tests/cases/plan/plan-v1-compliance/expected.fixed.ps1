<#
.SYNOPSIS
    Opens a Security & Compliance session for the retention label work.
#>
$existing = Get-PSSession | Where-Object { $_.ComputerName -match "compliance.protection.outlook.com" -and $_.State -eq "Opened" }
if (-not $existing) {
    $AdminUpn = Read-Host "UPN of the compliance administrator"
    Import-Module ExchangeOnlineManagement
    Connect-IPPSSession -UserPrincipalName $AdminUpn -ShowBanner:$false
}
Get-ComplianceTag | Select-Object Name, RetentionDuration, RetentionAction
