# Nightly clean-up of a numbered lab tenant: .\LabCleanup.ps1 -Lab 7 works in lab7.onmicrosoft.com.
param([Parameter(Mandatory)][int]$Lab)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$labDomain = "lab" + $Lab + ".onmicrosoft.com"

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $labDomain -ShowBanner:$false | Out-Null
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Name -like 'test-*' } | Remove-Mailbox -Confirm:$false
Disconnect-ExchangeOnline -Confirm:$false
