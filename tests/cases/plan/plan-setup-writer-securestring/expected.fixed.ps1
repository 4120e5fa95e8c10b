# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Weekly litigation hold report, run by Task Scheduler as svc-reports.

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false

Get-EXOMailbox -ResultSize Unlimited -Properties LitigationHoldEnabled | Where-Object LitigationHoldEnabled | Select-Object UserPrincipalName | Export-Csv "C:\Reports\hold.csv" -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
