# Nightly quarantine report. Run once with -Setup to save the reporting account.
param([switch]$Setup)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

if ($Setup) {
    Get-Credential -Message "Reporting account" | Export-Clixml -Path "C:\Jobs\Quarantine\svc.xml"
} else {
    Write-Output "Nightly run $(Get-Date -Format d)"
}
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
Get-QuarantineMessage -StartReceivedDate (Get-Date).AddDays(-1) | Export-Csv "C:\Jobs\Quarantine\report.csv" -NoTypeInformation
