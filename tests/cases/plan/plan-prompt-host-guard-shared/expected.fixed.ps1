# Leaver mailbox hold: litigation hold and a compliance search for a departing user
param(
    [Parameter(Mandatory = $true)]
    [string]$Leaver
)

if (-not $AdminUpn) {
    $AdminUpn = Read-Host -Prompt "Enter the Office 365 admin user name (UPN)"
}
$AdminName = $AdminUpn
Write-Host "Running the leaver process as $AdminName"

Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false | Out-Null
Set-Mailbox -Identity $Leaver -LitigationHoldEnabled $true -LitigationHoldOwner $AdminName

Connect-IPPSSession -UserPrincipalName $AdminUpn -ShowBanner:$false | Out-Null
New-ComplianceSearch -Name "Leaver $Leaver" -ExchangeLocation $Leaver | Start-ComplianceSearch

Disconnect-ExchangeOnline -Confirm:$false
