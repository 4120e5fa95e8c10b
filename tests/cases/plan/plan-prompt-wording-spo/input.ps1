<#
.SYNOPSIS
  Creates the project site collection and makes the signed-in admin its owner.
#>
$AdminUrl = "https://contoso-admin.sharepoint.com"
$O365Cred = Get-Credential -Message 'Enter your Office 365 Administrator Username and Password:'
Connect-SPOService -Url $AdminUrl -Credential $O365Cred

New-SPOSite -Url "https://contoso.sharepoint.com/sites/projects" -Title "Projects" -Owner $O365Cred.UserName -StorageQuota 2048 -Template "STS#3"
