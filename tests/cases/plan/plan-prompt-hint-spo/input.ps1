# Lists the site collections of the tenant with their storage use
$adminUPN = Read-Host -Prompt "Enter Admin UPN"
$orgName = Read-Host -Prompt "Enter tenant name (contoso for contoso.onmicrosoft.com)"
$userCredential = Get-Credential -UserName $adminUPN -Message "Type your password."
Connect-SPOService -Url https://$orgName-admin.sharepoint.com -Credential $userCredential

Get-SPOSite -Limit All | Select-Object Url, StorageUsageCurrent, Owner | Sort-Object StorageUsageCurrent -Descending
