# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# The script signs in to several tenants: each has its own app registration and
# certificate; the placeholders fail until they are filled in.
$SourceAppId = '<app-id>'
$SourceOrganization = '<tenant>.onmicrosoft.com'
$SourceCertificateThumbprint = '<certificate-thumbprint>'
$TargetAppId = '<app-id>'
$TargetOrganization = '<tenant>.onmicrosoft.com'
$TargetCertificateThumbprint = '<certificate-thumbprint>'

# Copies mail contacts from the source tenant to the target tenant (migration).

Connect-ExchangeOnline -CertificateThumbprint $SourceCertificateThumbprint -AppId $SourceAppId -Organization $SourceOrganization -Prefix Src -ShowBanner:$false | Out-Null
Connect-ExchangeOnline -CertificateThumbprint $TargetCertificateThumbprint -AppId $TargetAppId -Organization $TargetOrganization -Prefix Dst -ShowBanner:$false | Out-Null

foreach ($c in Get-SrcMailContact -ResultSize Unlimited) {
    New-DstMailContact -Name $c.Name -ExternalEmailAddress $c.ExternalEmailAddress
}
Disconnect-ExchangeOnline -Confirm:$false
