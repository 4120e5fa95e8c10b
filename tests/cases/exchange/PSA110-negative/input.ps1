# Connect-EXOPSSession -UserPrincipalName admin@contoso.onmicrosoft.com
Write-Host 'Connect-EXOPSSession is gone; use Connect-ExchangeOnline'
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.onmicrosoft.com' -ShowBanner:$false
