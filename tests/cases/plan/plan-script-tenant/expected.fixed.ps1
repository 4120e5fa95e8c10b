# Nightly clean-up of a numbered lab tenant: .\LabCleanup.ps1 -Lab 7 works in lab7.onmicrosoft.com.
param([Parameter(Mandatory)][int]$Lab)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$labDomain = "lab" + $Lab + ".onmicrosoft.com"

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $labDomain -ShowBanner:$false | Out-Null
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Name -like 'test-*' } | Remove-Mailbox -Confirm:$false
Disconnect-ExchangeOnline -Confirm:$false
