Import-Module Microsoft.Online.SharePoint.PowerShell

$admin = Get-Credential

Connect-SPOService `
    -Url https://contoso-admin.sharepoint.com `
    -Credential $admin

Get-SPOSite | Select-Object Url
