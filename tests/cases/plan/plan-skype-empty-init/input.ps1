param(
    [string]$TenantName
)

# Initialise variables
$AdminCred = ""
$CsSession = ""
$Status = ""

$AdminCred = Get-Credential -Message "Teams administrator for $TenantName"

# Connect to Skype for Business Online
Write-Host "Connecting to Skype for Business Online..."
$CsSession = New-CsOnlineSession -Credential $AdminCred
$Status = Import-PSSession $CsSession -AllowClobber

Get-CsOnlineUser -ResultSize 500 | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode |
    Export-Csv ".\$TenantName-upgrade-modes.csv" -NoTypeInformation

Remove-PSSession $CsSession
