# On-premises Exchange keeps EWS.
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'
$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.OAuthCredentials($token)
# Basic or Windows sign-in: PSA405 and PSA406 report these, retirement included.
$b = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$b.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
$b.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($user, $pass)
$d = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$d.UseDefaultCredentials = $true
# Microsoft Graph.
Get-MgUserMessage -UserId $mailbox -Top 10
