param(
    [string]$SiteUrl = 'https://contoso-admin.sharepoint.com'
)

Connect-SPOService -Url $SiteUrl
Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent
