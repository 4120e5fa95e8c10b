function Connect-CsTenant {
    [CmdletBinding()]
    param()

    try {
        Import-Module SkypeOnlineConnector
        $proxyOption = New-PSSessionOption -ProxyAccessType WinHttpConfig
        $adminUpn = "$env:USERNAME@contoso.com"
        $adminCred = Get-Credential -UserName $adminUpn -Message "Password for $adminUpn"
        $csSession = New-CsOnlineSession -Credential $adminCred -SessionOption $proxyOption
        Import-Module (Import-PSSession $csSession -AllowClobber) -Global
    }
    catch {
        Write-Warning "Could not connect: $_"
        throw
    }
}
