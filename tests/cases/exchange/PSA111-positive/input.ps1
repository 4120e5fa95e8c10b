Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -UseRPSSession
ExchangeOnlineManagement\Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -UseRPS:$true
Connect-IPPSSession -UserPrincipalName admin@contoso.onmicrosoft.com -UseRPSSession:$false
$conn = @{ UserPrincipalName = 'admin@contoso.onmicrosoft.com'; UseRPSSession = $true }
Connect-ExchangeOnline @conn
