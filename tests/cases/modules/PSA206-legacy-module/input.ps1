# The retired PnP-PowerShell module and its early cmdlet names.
Install-Module SharePointPnPPowerShellOnline -Scope CurrentUser
Import-Module -Name SharePointPnPPowerShellOnline
Import-Module 'C:\Modules\OfficeDevPnP.PowerShell.V16.Commands\OfficeDevPnP.PowerShell.V16.Commands.psd1'
Connect-SPOnline -Url https://contoso.sharepoint.com/sites/hr -Credentials $Cred
Get-PnPList
Disconnect-SPOnline
