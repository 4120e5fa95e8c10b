# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = 'contoso.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly report of mailboxes close to their quota (scheduled task).
$reportPath = 'D:\Reports\quota.csv'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties ProhibitSendQuota |
    Select-Object DisplayName, ProhibitSendQuota |
    Export-Csv -Path $reportPath -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
