param([Parameter(Mandatory)][guid]$TenantId)
Connect-MsolService
$settings = Get-Content .\tenant.json | ConvertFrom-Json
$default = Get-MsolDomain -TenantId $settings.TenantId | Where-Object IsDefault
Write-Output "Default domain: $($default.Name)"
