# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Security & Compliance session, then the EXO V1 module, PnP and Az
Connect-IPPSSession -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -Prefix cc
Get-ccComplianceSearch | Format-Table Name, Status
Disconnect-ExchangeOnline -Confirm:$false

Connect-ExchangeOnline -UserPrincipalName admin@contoso.com

Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -Thumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -Tenant $ExoOrganization
Get-PnPList

Connect-AzAccount -ServicePrincipal -CertificateThumbprint $ExoCertificateThumbprint -ApplicationId $ExoAppId -Tenant $ExoOrganization
Get-AzSubscription
