<#
.SYNOPSIS
    Weekly collaboration inventory: licensed users, HR site lists, site
    collections and Teams, written to CSV for the service desk.
#>
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.Read.All
#   SharePoint (PnP), SharePoint (SPO): Sites.FullControl.All (SharePoint)
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'


Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Get-MgUser -All -Property UserPrincipalName, DisplayName, Id | Select-Object UserPrincipalName, DisplayName | Export-Csv .\users.csv -NoTypeInformation

Connect-PnPOnline -Url https://fabrikam.sharepoint.com/sites/hr -Thumbprint $CertificateThumbprint -ClientId $AppId -Tenant $Organization
Get-PnPList | Select-Object Title, ItemCount | Export-Csv .\hr-lists.csv -NoTypeInformation

Connect-SPOService -Url https://fabrikam-admin.sharepoint.com -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $TenantId
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent | Export-Csv .\sites.csv -NoTypeInformation

Connect-MicrosoftTeams -CertificateThumbprint $CertificateThumbprint -ApplicationId $AppId -TenantId $TenantId
Get-Team | Select-Object DisplayName, Visibility | Export-Csv .\teams.csv -NoTypeInformation
