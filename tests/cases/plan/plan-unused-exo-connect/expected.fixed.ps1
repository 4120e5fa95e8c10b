# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.Read.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Nightly export of the tenant's licensed users for the HR system.
# Runs as a scheduled task on the reporting server.
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users


# MSOnline
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome

Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, DisplayName, Department, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) } |
    Select-Object UserPrincipalName, DisplayName, Department |
    Export-Csv -Path "$PSScriptRoot\licensed-users.csv" -NoTypeInformation

