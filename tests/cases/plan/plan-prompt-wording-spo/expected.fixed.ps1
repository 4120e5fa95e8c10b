<#
.SYNOPSIS
  Creates the project site collection and makes the signed-in admin its owner.
#>
$AdminUrl = "https://contoso-admin.sharepoint.com"
$O365Upn = Read-Host -Prompt 'Enter your Office 365 Administrator user name (UPN)'
Connect-SPOService -Url $AdminUrl

New-SPOSite -Url "https://contoso.sharepoint.com/sites/projects" -Title "Projects" -Owner $O365Upn -StorageQuota 2048 -Template "STS#3"
