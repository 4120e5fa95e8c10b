# CSOM with SharePointOnlineCredentials
Add-Type -Path 'C:\CSOM\Microsoft.SharePoint.Client.dll'
$user = 'admin@contoso.onmicrosoft.com'
$password = Read-Host -Prompt 'Password' -AsSecureString
$ctx = New-Object Microsoft.SharePoint.Client.ClientContext('https://contoso.sharepoint.com/sites/hr')
$ctx.Credentials = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($user, $password)

$spoCreds = [Microsoft.SharePoint.Client.SharePointOnlineCredentials]::new($user, $password)
$ctx2 = New-Object Microsoft.SharePoint.Client.ClientContext('https://contoso.sharepoint.com')
$ctx2.Credentials = $spoCreds

$typeName = 'Microsoft.SharePoint.Client.SharePointOnlineCredentials'
$c3 = New-Object -TypeName $typeName -ArgumentList $user, $password
