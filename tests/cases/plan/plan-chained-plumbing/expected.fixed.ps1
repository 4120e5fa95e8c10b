# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly report of mailboxes close to their quota (scheduled task).
$reportPath = 'D:\Reports\quota.csv'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties ProhibitSendQuota |
    Select-Object DisplayName, ProhibitSendQuota |
    Export-Csv -Path $reportPath -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
