# Leaver mailbox hold: litigation hold and a compliance search for a departing user
param(
    [Parameter(Mandatory = $true)]
    [string]$Leaver
)

if (-not $AdminCred) {
    $AdminCred = $Host.UI.PromptForCredential("Leaver process", "Enter the Office 365 admin credentials", "", "")
}
$AdminName = $AdminCred | Select-Object -ExpandProperty UserName
Write-Host "Running the leaver process as $AdminName"

Connect-ExchangeOnline -UserPrincipalName $AdminCred.UserName -ShowBanner:$false | Out-Null
Set-Mailbox -Identity $Leaver -LitigationHoldEnabled $true -LitigationHoldOwner $AdminName

Connect-IPPSSession -UserPrincipalName $AdminCred.UserName -ShowBanner:$false | Out-Null
New-ComplianceSearch -Name "Leaver $Leaver" -ExchangeLocation $Leaver | Start-ComplianceSearch

Disconnect-ExchangeOnline -Confirm:$false
