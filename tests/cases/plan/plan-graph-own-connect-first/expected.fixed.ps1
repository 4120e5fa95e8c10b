# the Graph connection runs before the function that lists the contracts is called
function Get-TenantDomains { Get-MgContract -All | ForEach-Object { $_.DefaultDomainName } }
Connect-MsolService
Connect-MgGraph -Scopes Directory.Read.All
Get-TenantDomains | ForEach-Object {
  $role = Get-MsolRole -RoleName "Company Administrator"
  Write-Output "$_ $($role.Name)"
}
