# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Import-Module MSOnline
Connect-MgGraph -ClientId $ExoAppId -TenantId $ExoOrganization -CertificateThumbprint $ExoCertificateThumbprint
Get-MsolUser -All | Select-Object UserPrincipalName
Connect-MgGraph -ClientId $appId -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint $thumb | Out-Null
