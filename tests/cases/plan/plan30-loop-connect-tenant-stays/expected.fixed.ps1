# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Reports mailbox counts for each customer tenant, one stored credential each.
$tenants = Import-Csv -Path "$PSScriptRoot\tenants.csv"
foreach ($tenant in $tenants) {
    Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
    $count = (Get-Mailbox -ResultSize Unlimited).Count
    Write-Output "$($tenant.Name): $count mailboxes"
    Disconnect-ExchangeOnline -Confirm:$false
}
