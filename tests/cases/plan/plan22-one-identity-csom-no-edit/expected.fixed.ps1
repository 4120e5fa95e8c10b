<#
.SYNOPSIS
  Nightly: add the service desk group as site collection admin on new OneDrive sites.
.EXAMPLE
  .\Set-OneDriveAdmins.ps1 -Credential $svc -Tenant contoso
#>
param (
    [Parameter(Mandatory = $true)]
    [System.Management.Automation.PSCredential]$Credential,
    [Parameter(Mandatory = $true)]
    [string]$Tenant
)

Add-Type -Path 'C:\Program Files\Common Files\microsoft shared\Web Server Extensions\16\ISAPI\Microsoft.SharePoint.Client.dll'

$adminUrl = "https://$Tenant-admin.sharepoint.com"
Connect-SPOService -Url $adminUrl -Credential $Credential

$sites = Get-SPOSite -IncludePersonalSite $true -Limit All -Filter "Url -like '-my.sharepoint.com/personal/'"
foreach ($site in $sites) {
    Set-SPOUser -Site $site.Url -LoginName 'servicedesk@contoso.com' -IsSiteCollectionAdmin $true | Out-Null
    $ctx = New-Object Microsoft.SharePoint.Client.ClientContext($site.Url)
    $ctx.Credentials = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($Credential.UserName, $Credential.Password)
    $ctx.Load($ctx.Web)
    $ctx.ExecuteQuery()
    Write-Output "$($site.Url): $($ctx.Web.Title)"
}
