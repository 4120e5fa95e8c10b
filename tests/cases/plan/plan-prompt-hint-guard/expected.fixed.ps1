# Dot-source this file to get an Exchange Online session for the signed-in admin.
if (!((Get-ConnectionInformation))) {
    if (!$mailAddress) {
        $adsi = [adsisearcher]"(samaccountname=$env:USERNAME)"
        $mailAddress = $adsi.FindOne().Properties.mail
    }
    Write-Verbose "Signing in as $($mailAddress)"
    Connect-ExchangeOnline -UserPrincipalName $mailAddress -ShowBanner:$false | Out-Null
}

function Close-EXOSession {
    Disconnect-ExchangeOnline -Confirm:$false
}
