# Lists the site collections and their storage for the monthly report.
Import-Module SharePointPnPPowerShellOnline -DisableNameChecking
Connect-PnPOnline -Url "https://fabrikam-admin.sharepoint.com" -Interactive
Get-PnPTenantSite | Select-Object Url, StorageUsageCurrent | Export-Csv .\sites.csv -NoTypeInformation
