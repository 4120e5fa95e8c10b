# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.ReadWrite.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Nightly: applies the licences listed in the HR export
try {
    Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
    Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome -ErrorAction Stop
}
catch {
    Write-EventLog -LogName Application -Source "Licensing" -EntryType Error -EventId 400 -Message "Could not connect: $_"
    exit 1
}

foreach ($row in Import-Csv "D:\Jobs\hr-export.csv") {
    Update-MgUser -UserId $row.UPN -UsageLocation $row.Country
}
