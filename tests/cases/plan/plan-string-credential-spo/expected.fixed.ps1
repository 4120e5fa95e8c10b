<#
.SYNOPSIS
    Sets the storage quota of every site listed in a CSV file.
.EXAMPLE
    .\Set-SiteQuota.ps1 contoso admin@contoso.onmicrosoft.com .\sites.csv
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [string]$Tenant,
    [Parameter(Mandatory = $true, Position = 1, HelpMessage = "SharePoint admin account")]
    [string]$AdminUPN,
    [Parameter(Mandatory = $true, Position = 2)]
    [string]$SiteList
)

$adminUrl = "https://$Tenant-admin.sharepoint.com"
Connect-SPOService -Url $adminUrl

foreach ($row in Import-Csv $SiteList) {
    Set-SPOSite -Identity $row.Url -StorageQuota $row.QuotaMB
}
Disconnect-SPOService
