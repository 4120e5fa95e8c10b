Import-Module Microsoft.Online.SharePoint.PowerShell

Connect-SPOService `
    -Url https://contoso-admin.sharepoint.com

Get-SPOSite | Select-Object Url
