# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = 'contoso.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Scheduled task: nightly forwarding report. The service account's password
# is stored AES-encrypted next to the script.
$ReportPath = 'D:\Reports\forwarding.csv'

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false -ErrorAction Stop
Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress |
    Export-Csv $ReportPath -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false
