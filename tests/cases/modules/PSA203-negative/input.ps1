# Microsoft Graph and Az instead of AzureAD
Uninstall-Module AzureAD
Remove-Module -Name AzureADPreview
Import-Module Az.Accounts
Import-Module Microsoft.Graph.Users
Connect-MgGraph -CertificateThumbprint '0123456789ABCDEF' -ClientId '11111111-2222-3333-4444-555555555555' -TenantId 'contoso.onmicrosoft.com'
Connect-AzAccount -Identity
Write-Output "Connect-AzureAD was replaced by Connect-MgGraph"
