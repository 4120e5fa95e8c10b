# on-premises Exchange: Windows sign-in is the normal way
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'
$svc.UseDefaultCredentials = $true

# switched off
$svc2 = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc2.UseDefaultCredentials = $false
$svc2.Credentials = New-Object Microsoft.Exchange.WebServices.Data.OAuthCredentials -ArgumentList $token

# UseDefaultCredentials on a web client is not EWS
$wc = New-Object System.Net.WebClient
$wc.UseDefaultCredentials = $true
