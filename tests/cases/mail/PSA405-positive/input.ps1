Add-Type -Path 'C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll'
$cred = Get-Credential

# WebCredentials assigned to the service: reported once, at the construction
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($cred.UserName, $cred.Password)
$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'

# [T]::new form, kept in a variable first
$wc = [Microsoft.Exchange.WebServices.Data.WebCredentials]::new('svc-ews@contoso.com', $cred.Password, 'contoso')

# a NetworkCredential on an ExchangeService
$svc2 = [Microsoft.Exchange.WebServices.Data.ExchangeService]::new()
$net = New-Object -TypeName System.Net.NetworkCredential -ArgumentList $cred.UserName, $cred.Password
$svc2.Credentials = $net
$svc2.AutodiscoverUrl('svc-ews@contoso.com', { $true })
