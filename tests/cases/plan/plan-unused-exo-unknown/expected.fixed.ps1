# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = 'fabrikam.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Nightly export of the shared mailboxes for the HR system (the Get-HrMailboxReport
# function comes from the team's profile module).
Import-Module ExchangeOnlineManagement

Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false

Get-HrMailboxReport -Type Shared |
    Export-Csv -Path "$PSScriptRoot\shared-mailboxes.csv" -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
