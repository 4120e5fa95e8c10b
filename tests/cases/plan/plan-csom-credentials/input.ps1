# Counts the items of a list through CSOM.
Add-Type -Path "C:\CSOM\Microsoft.SharePoint.Client.dll"
Add-Type -Path "C:\CSOM\Microsoft.SharePoint.Client.Runtime.dll"
$siteUrl = "https://fabrikam.sharepoint.com/sites/projects"
$account = Read-Host "Account"
$secret = Read-Host "Password" -AsSecureString
$ctx = New-Object Microsoft.SharePoint.Client.ClientContext($siteUrl)
$ctx.Credentials = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($account, $secret)
$list = $ctx.Web.Lists.GetByTitle("Tasks")
$ctx.Load($list)
$ctx.ExecuteQuery()
Write-Host "$($list.Title): $($list.ItemCount) items"
