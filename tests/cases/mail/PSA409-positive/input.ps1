Add-Type -Path 'C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll'
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.OAuthCredentials($token)
$svc.ImpersonatedUserId = New-Object Microsoft.Exchange.WebServices.Data.ImpersonatedUserId('SmtpAddress', $mailbox)
# OAuth with Autodiscover: the host is not known, the token says Exchange Online.
$svc2 = [Microsoft.Exchange.WebServices.Data.ExchangeService]::new()
$svc2.Credentials = [Microsoft.Exchange.WebServices.Data.OAuthCredentials]::new($token)
$svc2.AutodiscoverUrl($mailbox, { $true })
# Nothing says where this one goes.
$svc3 = New-Object -TypeName ExchangeService
$svc3.AutodiscoverUrl($mailbox)
# Raw SOAP.
Invoke-WebRequest -Uri 'https://outlook.office365.com/EWS/Exchange.asmx' -Method Post -Body $soap -Headers @{ Authorization = "Bearer $token" }
