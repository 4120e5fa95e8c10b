# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.Read.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Weekly licence report for the service desk (scheduled task)

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, DisplayName, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) } | Select-Object UserPrincipalName, DisplayName |
    Export-Csv "$PSScriptRoot\licensed.csv" -NoTypeInformation
