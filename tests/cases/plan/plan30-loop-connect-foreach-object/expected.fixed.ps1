param([string]$CsvPath = '.\shared-mailboxes.csv')
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = 'contoso.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'


Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
Import-Csv $CsvPath | ForEach-Object {
    Add-MailboxPermission -Identity $_.Mailbox -User $_.Delegate -AccessRights FullAccess -AutoMapping $false
}
Disconnect-ExchangeOnline -Confirm:$false
