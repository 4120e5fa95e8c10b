# A wrapper of the same name defined in the script is not the V1 cmdlet.
function Connect-EXOPSSession {
    param($UserPrincipalName)
    Connect-ExchangeOnline -UserPrincipalName $UserPrincipalName -ShowBanner:$false
}
Connect-EXOPSSession -UserPrincipalName admin@contoso.onmicrosoft.com
