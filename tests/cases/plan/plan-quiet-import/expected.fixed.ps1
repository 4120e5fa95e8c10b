# Starts an eDiscovery hold check; the calling service parses stdout as JSON.
param([string]$Keyword)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Security & Compliance: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Compliance Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-IPPSSession -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -CommandName Get-ComplianceSearch -Verbose:$false -ShowBanner:$false | Out-Null
Get-ComplianceSearch | Where-Object { $_.ContentMatchQuery -like "*$Keyword*" } | Select-Object Name, Status | ConvertTo-Json
Disconnect-ExchangeOnline -Confirm:$false
