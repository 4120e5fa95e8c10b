# Cleaning up after the migration to Microsoft Graph
Uninstall-Module -Name MSOnline -AllVersions
Remove-Module MSOnline -ErrorAction SilentlyContinue
Get-Module -ListAvailable MSOnline | Select-Object Name, Version
Write-Host 'Import-Module MSOnline is not needed any more; Connect-MsolService was retired'
# Connect-MsolService -Credential $cred

function Connect-MsolService {
    Write-Warning 'MSOnline is retired; use Connect-MgGraph'
}
Connect-MsolService

Import-Module Microsoft.Graph.Authentication
Connect-MgGraph -ClientId '11111111-2222-3333-4444-555555555555' -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint '0123456789ABCDEF'
