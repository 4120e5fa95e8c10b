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
        Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
        $tenants = Get-MgContract -All | Select-Object *, @{Name = 'Name'; Expression = {$_.DisplayName}}, @{Name = 'TenantId'; Expression = {$_.CustomerId}}
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
