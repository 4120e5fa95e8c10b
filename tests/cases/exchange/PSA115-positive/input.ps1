Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -ConnectionUri https://outlook.office365.com/powershell-liveid/
Connect-ExchangeOnline -ConnectionU 'https://Outlook.Office365.com/PowerShell-LiveID' -ShowBanner:$false
Connect-ExchangeOnline -AppId $AppId `
    -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
    -CertificateThumbprint $Thumb -Organization 'contoso.onmicrosoft.com'
$uri = 'https://outlook.office365.com/powershell-liveid/'
ExchangeOnlineManagement\Connect-ExchangeOnline -ConnectionUri:$uri -ManagedIdentity -Organization 'contoso.onmicrosoft.com'
Connect-IPPSSession -UserPrincipalName admin@contoso.onmicrosoft.com -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/
$p = @{ ConnectionUri = 'https://outlook.office365.com/powershell-liveid/'; UserPrincipalName = 'admin@contoso.onmicrosoft.com' }
Connect-ExchangeOnline @p
