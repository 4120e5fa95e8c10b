param(
    [Parameter(Mandatory = $true)][string]$UserListPath,
    [Parameter(Mandatory = $true)][string]$AdminDomain
)

function Import-RequiredModule($Name) {
    if (-not (Get-Module -Name $Name)) { Import-Module -Name $Name }
    $true
}
Import-RequiredModule 'LyncOnlineConnector' | Out-Null

function Open-CsSession {
    param($Domain, $Credential)
    $idle = New-PSSessionOption -IdleTimeout 3600000
    $session = New-CsOnlineSession -Credential $Credential -OverrideAdminDomain $Domain -SessionOption $idle
    Import-PSSession -Session $session -Prefix "SFB"
}

Open-CsSession -Domain $AdminDomain -Credential (Get-Credential)

foreach ($upn in Get-Content $UserListPath) {
    Grant-SFBCsTeamsUpgradePolicy -PolicyName UpgradeToTeams -Identity $upn
    Get-SFBCsOnlineUser -Identity $upn | Select-Object UserPrincipalName, TeamsUpgradeEffectiveMode
}

Get-PSSession | Where-Object { $_.ComputerName -like "*.online.lync.com" } | Remove-PSSession
