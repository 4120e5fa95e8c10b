# Partner report: per customer tenant.
Get-MsolUser -All | Select-Object UserPrincipalName
Get-MsolUser -TenantId $customer.TenantId -All
