# a partner report: the Graph connection runs per tenant, after the contract list
function Get-TenantIds { return Get-MsolPartnerContract }
Connect-MsolService
Get-TenantIds | ForEach-Object {
  $role = Get-MsolRole -RoleName "Company Administrator" -TenantId $_.TenantId
  Connect-MgGraph -Scopes Policy.Read.All
  Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Select-Object IsEnabled
}
