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

$ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $ExoSession -DisableNameChecking | Out-Null
Set-Mailbox -Identity $Leaver -LitigationHoldEnabled $true -LitigationHoldOwner $AdminName

$SccSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $SccSession -AllowClobber -DisableNameChecking | Out-Null
New-ComplianceSearch -Name "Leaver $Leaver" -ExchangeLocation $Leaver | Start-ComplianceSearch

Remove-PSSession $ExoSession, $SccSession
