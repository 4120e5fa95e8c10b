function Connect-TenantExchange {
    param (
        [Management.Automation.PSCredential]$AdminCredential,
        [string]$Prefix
    )

    if (-not $AdminCredential) {
        $adminUpn = ([adsisearcher]"(samaccountname=$env:USERNAME)").FindOne().Properties.userprincipalname
        $signIn = Get-Credential -UserName $adminUpn -Message "Password for $adminUpn"
    } else {
        $signIn = $AdminCredential
    }

    $exoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $signIn -Authentication Basic -AllowRedirection
    Import-PSSession $exoSession -AllowClobber | Out-Null
}

Connect-TenantExchange
Get-Mailbox -ResultSize 10 | Select-Object DisplayName, PrimarySmtpAddress
