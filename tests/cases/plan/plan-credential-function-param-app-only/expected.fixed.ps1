# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   SharePoint (SPO): Sites.FullControl.All (SharePoint)
$AppId = '<app-id>'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

# Weekly storage report of the SharePoint sites, run by the reporting server's scheduler.
function Connect-SharePointAdmin {
    param(
        [Parameter(Mandatory = $true)]
        [string]$AdminUrl
    )
    Connect-SPOService -Url $AdminUrl -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $TenantId
}

Connect-SharePointAdmin -AdminUrl 'https://contoso-admin.sharepoint.com'
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent | Export-Csv 'D:\Reports\spo-storage.csv' -NoTypeInformation
Disconnect-SPOService
