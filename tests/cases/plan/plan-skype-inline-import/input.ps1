<#
.SYNOPSIS
    Exports the voice routing policy of every Teams user to a CSV file.
#>
param(
    [Parameter(Mandatory = $true)][string]$Path
)

if (-not (Get-Module -ListAvailable -Name MicrosoftTeams)) {
    Write-Host "Installing the MicrosoftTeams module..." -ForegroundColor Yellow
    Install-Module MicrosoftTeams -Scope CurrentUser
}

# Connect to Skype for Business Online through the Teams module
Import-Module MicrosoftTeams
Import-PSSession -Session (New-CsOnlineSession) -AllowClobber | Out-Null

Get-CsOnlineUser -ResultSize Unlimited |
    Select-Object DisplayName, UserPrincipalName, OnlineVoiceRoutingPolicy, LineUri |
    Export-Csv -Path $Path -NoTypeInformation

Write-Host "Exported to $Path"
