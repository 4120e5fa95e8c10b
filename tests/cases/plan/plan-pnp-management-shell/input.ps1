# First run on a new admin workstation: consent, then list the hub sites.
$admin = "https://northwind-admin.sharepoint.com"
Register-PnPManagementShellAccess
Connect-PnPOnline -Url $admin -PnPManagementShell
Get-PnPHubSite | Select-Object Title, SiteUrl
