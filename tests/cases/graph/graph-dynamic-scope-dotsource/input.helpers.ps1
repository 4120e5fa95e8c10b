# Shared report helpers, dot-sourced by the licence scripts.
function Write-LicenceLine {
    param([string]$Upn)
    # $tenantUsers is the caller's (Get-LicenceReport's)
    $user = $tenantUsers | Where-Object { $_.UserPrincipalName -eq $Upn }
    "{0}`t{1}" -f $Upn, ($user.Licenses.AccountSkuId -join ',')
}
