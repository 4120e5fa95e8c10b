# Dot-source this file to get an Exchange Online session for the signed-in admin.
if (!($EXOSession)) {
    if (!$adminCred) {
        $adsi = [adsisearcher]"(samaccountname=$env:USERNAME)"
        $mailAddress = $adsi.FindOne().Properties.mail
        $adminCred = Get-Credential -Message "Exchange Online admin" -UserName $mailAddress
    }
    Write-Verbose "Signing in as $($adminCred.UserName)"
    $EXOSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $adminCred -Authentication Basic -AllowRedirection
    Import-PSSession $EXOSession -AllowClobber | Out-Null
}

function Close-EXOSession {
    Remove-PSSession $EXOSession
}
