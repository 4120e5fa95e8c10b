# Own app registration, interactive and unattended
Register-PnPEntraIDApp -ApplicationName 'PnP scripts' -Tenant 'contoso.onmicrosoft.com' -Interactive
Connect-PnPOnline -Url https://contoso.sharepoint.com -Interactive -ClientId '11111111-2222-3333-4444-555555555555'
Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId '11111111-2222-3333-4444-555555555555' -Tenant 'contoso.onmicrosoft.com' -Thumbprint '0123456789ABCDEF'
Connect-PnPOnline -Url https://contoso.sharepoint.com -ManagedIdentity
Write-Host 'Connect-PnPOnline -UseWebLogin no longer exists'
