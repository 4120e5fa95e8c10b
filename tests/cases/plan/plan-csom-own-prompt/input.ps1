# Project site setup: the Exchange admin creates the project mailbox, the site owner fills the site.
param([Parameter(Mandatory = $true)][string]$Project)
$exoAdmin = Get-Credential -Message 'Exchange administrator'
Connect-ExchangeOnline -Credential $exoAdmin -ShowBanner:$false
New-Mailbox -Shared -Name "Project $Project" -PrimarySmtpAddress "$Project@contoso.com"
Disconnect-ExchangeOnline -Confirm:$false

$siteOwner = Get-Credential -Message 'Owner of the projects site'
$ctx = New-Object Microsoft.SharePoint.Client.ClientContext("https://contoso.sharepoint.com/sites/projects")
$ctx.Credentials = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($siteOwner.UserName, $siteOwner.Password)
$list = $ctx.Web.Lists.GetByTitle('Projects')
$item = $list.AddItem((New-Object Microsoft.SharePoint.Client.ListItemCreationInformation))
$item['Title'] = $Project
$item.Update()
$ctx.ExecuteQuery()
