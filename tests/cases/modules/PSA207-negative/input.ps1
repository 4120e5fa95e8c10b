# Certificates and managed identities
$appId = '11111111-2222-3333-4444-555555555555'
$tenantId = '99999999-8888-7777-6666-555555555555'
Connect-MgGraph -ClientId $appId -TenantId $tenantId -CertificateThumbprint '0123456789ABCDEF'
Connect-MgGraph -Identity
Connect-MgGraph -EnvironmentVariable:$false -Identity
Connect-AzAccount -ServicePrincipal -CertificateThumbprint '0123456789ABCDEF' -ApplicationId $appId -Tenant $tenantId
Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId $appId -Tenant 'contoso.onmicrosoft.com' -Thumbprint '0123456789ABCDEF'
Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId $appId -ClientSecret ''
