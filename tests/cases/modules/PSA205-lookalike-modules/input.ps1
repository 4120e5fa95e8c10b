# Incident response and Kerberos modules have AzureAD-like nouns but are
# separate, current Microsoft modules: only Get-AzureADUser is AzureAD.
Import-Module AzureADIncidentResponse
Connect-AzureADIR -TenantId $TenantId
$tenant = Get-AzureADIRTenantId -DomainName 'contoso.com'
Get-AzureADIRSignInDetail -TenantId $tenant -UserId 'admin@contoso.com' -Csv
Get-AzureADKerberosServer -Domain 'corp.contoso.com' -UserPrincipalName 'admin@contoso.com'
$user = Get-AzureADUser -ObjectId 'admin@contoso.com'
