<#
.SYNOPSIS
  Nightly mailbox report.
#>
param([string]$Out = 'C:\Reports\mbx.csv')

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in the Entra ID app registration (Exchange.ManageAsApp) and its certificate;
# see `psauth explain PSA101`. The placeholders make the connection fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -Prefix Cloud -ShowBanner:$false
try {
    Get-CloudMailbox -ResultSize Unlimited | Export-Csv $Out -NoTypeInformation
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false
}
