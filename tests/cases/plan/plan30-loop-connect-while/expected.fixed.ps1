# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Works through the quarantine queue file in batches of 50.
$ids = Get-Content -Path 'C:\Jobs\quarantine-ids.txt'
$i = 0
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false | Out-Null
while ($i -lt $ids.Count) {
    $batch = $ids[$i..([Math]::Min($i + 49, $ids.Count - 1))]
    foreach ($id in $batch) {
        Release-QuarantineMessage -Identity $id -ReleaseToAll
    }
    $i += 50
}
Disconnect-ExchangeOnline -Confirm:$false
