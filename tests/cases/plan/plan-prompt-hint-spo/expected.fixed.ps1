# Lists the site collections of the tenant with their storage use
$orgName = Read-Host -Prompt "Enter tenant name (contoso for contoso.onmicrosoft.com)"
Connect-SPOService -Url https://$orgName-admin.sharepoint.com

Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent, Owner | Sort-Object StorageUsageCurrent -Descending
