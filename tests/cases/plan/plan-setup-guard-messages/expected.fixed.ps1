# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly: forwarders report for the Exchange team

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null

Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, PrimarySmtpAddress, ForwardingSmtpAddress |
    Export-Csv "C:\Scripts\Reports\forwarders.csv" -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
