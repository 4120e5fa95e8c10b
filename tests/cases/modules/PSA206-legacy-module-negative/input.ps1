# The current module, and a script function that happens to use an old name.
Install-Module PnP.PowerShell -Scope CurrentUser
Import-Module PnP.PowerShell
function Connect-SPOnline {
    param([string]$Url)
    Connect-PnPOnline -Url $Url -ClientId $AppId -Tenant contoso.onmicrosoft.com -Thumbprint $Thumb
}
Connect-SPOnline -Url https://contoso.sharepoint.com/sites/hr
Write-Output 'Connect-SPOnline and SharePointPnPPowerShellOnline are retired'
