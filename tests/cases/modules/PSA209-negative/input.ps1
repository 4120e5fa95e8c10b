# CSOM context from PnP, authenticated with a certificate
Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -ClientId '11111111-2222-3333-4444-555555555555' -Tenant 'contoso.onmicrosoft.com' -Thumbprint '0123456789ABCDEF'
$ctx = Get-PnPContext
$web = $ctx.Web
$ctx.Load($web)
$ctx.ExecuteQuery()
Write-Verbose 'SharePointOnlineCredentials is not used any more'
