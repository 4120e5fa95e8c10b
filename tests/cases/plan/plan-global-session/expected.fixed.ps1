function Connect-Exo($cred) {
    Connect-ExchangeOnline -UserPrincipalName $cred.UserName -ShowBanner:$false
}
$global:cred = Get-Credential
Connect-Exo $global:cred
Get-Mailbox
if ((Get-ConnectionInformation) -ne $null) { Disconnect-ExchangeOnline -Confirm:$false }
