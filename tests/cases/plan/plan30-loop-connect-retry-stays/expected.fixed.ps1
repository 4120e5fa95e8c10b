# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$attempt = 0
do {
    $attempt++
    Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ErrorAction SilentlyContinue -ShowBanner:$false | Out-Null
    if (-not (Get-ConnectionInformation)) { Start-Sleep -Seconds 30 }
} until ((Get-ConnectionInformation) -or $attempt -ge 5)
Get-Mailbox -ResultSize 10
