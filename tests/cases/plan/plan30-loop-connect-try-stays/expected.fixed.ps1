# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

foreach ($mbx in Get-Content .\mailboxes.txt) {
    try {
        Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ErrorAction Stop -ShowBanner:$false | Out-Null
    } catch {
        Write-Warning "Could not connect for $mbx"
        continue
    }
    Set-Mailbox -Identity $mbx -RetainDeletedItemsFor 30
    Disconnect-ExchangeOnline -Confirm:$false
}
