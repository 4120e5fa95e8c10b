Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com
Connect-ExchangeOnline -ShowBanner:$false
Connect-ExchangeOnline -AppId $AppId `
    -CertificateThumbprint $Thumb -Organization 'contoso.onmicrosoft.com'
$uri = 'https://outlook.office365.com/powershell-liveid/'
ExchangeOnlineManagement\Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'
Connect-IPPSSession -UserPrincipalName admin@contoso.onmicrosoft.com
$p = @{ ConnectionUri = 'https://outlook.office365.com/powershell-liveid/'; UserPrincipalName = 'admin@contoso.onmicrosoft.com' }
Connect-ExchangeOnline @p
