param(
    [string]$TenantId,
    [string]$AppId,
    [string]$Thumbprint
)
Connect-AzureAD -TenantId $TenantId -ApplicationId $AppId -CertificateThumbprint $Thumbprint
$tenant = Get-AzureADTenantDetail
Write-Output "Tenant id: $($tenant.ObjectId)"
