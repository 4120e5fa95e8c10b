param(
    [string]$TenantName
)

function Import-RequiredModule($Name) {
    if (-not (Get-Module -Name $Name)) {
        if (-not (Get-Module -ListAvailable -Name $Name)) { return $false }
        Import-Module -Name $Name
    }
    $true
}

if (-not (Import-RequiredModule -Name MicrosoftTeams)) {
    throw "The Skype for Business Online module is not installed."
}

# Initialise variables
$CsSession = ""
$Status = ""

# Connect to Skype for Business Online
Write-Host "Connecting to Skype for Business Online..."
Connect-MicrosoftTeams

Get-CsOnlineUser -ResultSize 500 | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode |
    Export-Csv ".\$TenantName-upgrade-modes.csv" -NoTypeInformation

Disconnect-MicrosoftTeams
