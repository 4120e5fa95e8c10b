# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   SharePoint (SPO): Sites.FullControl.All (SharePoint)
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$AppId = '<app-id>'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

# Scheduled: weekly report of Teams and SharePoint sites

Connect-MicrosoftTeams -CertificateThumbprint $CertificateThumbprint -ApplicationId $AppId -TenantId $TenantId
Connect-SPOService -Url https://contoso-admin.sharepoint.com -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $TenantId

$teams = Get-Team
$sites = Get-SPOSite -Limit All
"$($teams.Count) teams, $($sites.Count) sites" | Out-File 'D:\Jobs\weekly.txt'
