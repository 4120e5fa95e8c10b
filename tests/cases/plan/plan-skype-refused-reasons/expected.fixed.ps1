param(
    [string]$OverrideAdminDomain
)

# Reuse an open Skype for Business Online session when there is one
if ((Get-PSSession | Where-Object { $_.ComputerName -like "*.online.lync.com" }).State -ne "Opened") {
    if ($OverrideAdminDomain) {
        $global:CsSession = New-CsOnlineSession -OverrideAdminDomain $OverrideAdminDomain
    } else {
        $global:CsSession = New-CsOnlineSession
    }
    Import-PSSession $global:CsSession -AllowClobber | Out-Null
}

Get-CsOnlineUser -Filter { EnterpriseVoiceEnabled -eq $true } | Select-Object DisplayName, LineUri
