# EWS against an on-premises Exchange server: info only
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'
$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials -ArgumentList $user, $password
