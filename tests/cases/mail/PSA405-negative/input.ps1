# EWS with an OAuth token
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.OAuthCredentials -ArgumentList $token
$svc.ImpersonatedUserId = New-Object Microsoft.Exchange.WebServices.Data.ImpersonatedUserId -ArgumentList 'SmtpAddress', 'user@contoso.com'

# a NetworkCredential on something that is not an ExchangeService
$proxy = New-Object System.Net.WebProxy('http://proxy.contoso.com:8080')
$proxy.Credentials = New-Object System.Net.NetworkCredential($user, $secure)

# WebCredentials only mentioned in text
Write-Verbose 'Microsoft.Exchange.WebServices.Data.WebCredentials is not used any more'
