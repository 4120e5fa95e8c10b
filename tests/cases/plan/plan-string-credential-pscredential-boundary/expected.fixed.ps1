# Nightly license cleanup; the scheduled task's wrapper passes -Credential.
param()

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   SharePoint (SPO): Sites.FullControl.All (SharePoint)
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

Connect-ExchangeOnline -CertificateThumbprint $CertificateThumbprint -AppId $AppId -Organization $Organization
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.IsInactiveMailbox } | Export-Csv .\inactive.csv

Connect-SPOService -Url https://contoso-admin.sharepoint.com -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $TenantId
Get-SPOSite -Limit All | Export-Csv .\sites.csv
