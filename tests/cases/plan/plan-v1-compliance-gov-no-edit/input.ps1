<#
.SYNOPSIS
    Opens a Security & Compliance session for the retention label work.
#>
$existing = Get-PSSession | Where-Object { $_.ComputerName -match "compliance.protection.office365.us" -and $_.State -eq "Opened" }
if (-not $existing) {
    $AdminUpn = Read-Host "UPN of the compliance administrator"
    Import-Module $((Get-ChildItem -Path $($env:LOCALAPPDATA + "\Apps\2.0\") -Filter Microsoft.Exchange.Management.ExoPowershellModule.dll -Recurse).FullName | Where-Object { $_ -notmatch "_none_" } | Select-Object -First 1)
    $SccSession = New-ExoPSSession -ConnectionUri "https://ps.compliance.protection.office365.us/powershell-liveid/" -UserPrincipalName $AdminUpn
    Import-PSSession $SccSession -AllowClobber
}
Get-ComplianceTag | Select-Object Name, RetentionDuration, RetentionAction
