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

if (-not (Import-RequiredModule -Name SkypeOnlineConnector)) {
    throw "The Skype for Business Online module is not installed."
}

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
