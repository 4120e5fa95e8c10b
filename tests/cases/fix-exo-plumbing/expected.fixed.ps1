# psauth fixture: everything single-use goes with the session
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in the Entra ID app registration (Exchange.ManageAsApp) and its certificate;
# see `psauth explain PSA101`. The placeholders make the connection fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$p = @{ ConfigurationN = 'Microsoft.Exchange'; ConnectionUri = 'https://ps.outlook.com/powershell-liveid/'; Auth = 'Basic' }
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
Get-Mailbox -Identity svc
Disconnect-ExchangeOnline -Confirm:$false
