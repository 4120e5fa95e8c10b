param(
    [string]$TenantName
)

# Initialise variables
$CsSession = ""
$Status = ""

# Connect to Skype for Business Online
Write-Host "Connecting to Skype for Business Online..."
Connect-MicrosoftTeams

Get-CsOnlineUser -ResultSize 500 | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode |
    Export-Csv ".\$TenantName-upgrade-modes.csv" -NoTypeInformation

Disconnect-MicrosoftTeams
