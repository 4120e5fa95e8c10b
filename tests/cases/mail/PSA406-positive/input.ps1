# The Windows account running the script signs in to EWS
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService -ArgumentList Exchange2013_SP1
$svc.UseDefaultCredentials = $true
$svc.AutodiscoverUrl('user@contoso.com', { param($u) $u.StartsWith('https://') })

$useWindows = $true
$svc2 = [Microsoft.Exchange.WebServices.Data.ExchangeService]::new()
$svc2.Url = [uri]'https://outlook.office365.com/EWS/Exchange.asmx'
$svc2.UseDefaultCredentials = $useWindows
