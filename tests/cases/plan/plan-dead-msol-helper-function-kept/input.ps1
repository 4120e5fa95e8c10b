# Connects the admin's session to every service; the admin works on at the prompt
function Open-TenantSessions {
    param([pscredential]$Credential)
    if ($Credential) {
        Connect-MsolService -Credential $Credential
        Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
        Write-Host "Connected"
    }
}

$cred = Get-Credential
Open-TenantSessions -Credential $cred
