# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in the Entra ID app registration (Exchange.ManageAsApp) and its certificate;
# see `psauth explain PSA101`. The placeholders make the connection fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ExchangeEnvironmentName O365USGovGCCHigh -DelegatedOrganization 'fabrikam.onmicrosoft.com' -ShowBanner:$false
