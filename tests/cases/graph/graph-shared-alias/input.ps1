# A partner report over the customers given by the caller, or every partner contract:
# $tenants holds MSOnline-shaped objects on both paths, so the reads keep their names
# and Graph's contracts get Name and TenantId too (the caller's list is unchanged)
function Get-AllTenantSecureScore {
    [CmdletBinding()]
    param (
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [psobject[]]$TenantsList
    )
    if ($null -eq $TenantsList) {
        Connect-MsolService
        $tenants = Get-MsolPartnerContract -All
    } else {
        $tenants = $TenantsList
    }
    $report = @()
    foreach ($tenant in $tenants) {
        Write-Verbose "Reading $($tenant.DefaultDomainName)"
        $report += [pscustomobject]@{
            Tenant   = $tenant.Name
            TenantId = $tenant.TenantId
            Domain   = $tenant.DefaultDomainName
        }
    }
    Write-Output "$($tenants.Count) tenants"
    return $report
}
