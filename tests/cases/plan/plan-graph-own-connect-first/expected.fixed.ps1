# the Graph connection runs before the function that lists the contracts is called
function Get-TenantIds { return Get-MgContract -All }
Connect-MsolService
Connect-MgGraph -Scopes Directory.Read.All
Get-TenantIds | ForEach-Object {
  $role = Get-MsolRole -RoleName "Company Administrator" -TenantId $_.TenantId
  Write-Output $role.Name
}
