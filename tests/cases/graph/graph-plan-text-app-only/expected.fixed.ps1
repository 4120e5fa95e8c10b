param(
    [string]$TenantId,
    [string]$AppId,
    [string]$Thumbprint
)
Connect-MgGraph -ClientId $AppId -TenantId $TenantId -CertificateThumbprint $Thumbprint
$tenant = Get-MgOrganization
Write-Output "Tenant id: $($tenant.Id)"
