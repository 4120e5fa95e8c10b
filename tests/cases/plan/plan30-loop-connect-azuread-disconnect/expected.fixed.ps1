# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.ReadWrite.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

$users = Import-Csv .\users.csv
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome | Out-Null
foreach ($u in $users) {
    Update-MgUser -UserId $u.UserPrincipalName -Department $u.Department
}
Disconnect-MgGraph
