# a partner report: the Graph connection runs per tenant, after the contract list
function Get-TenantDomains { Get-MsolPartnerContract | ForEach-Object { $_.DefaultDomainName } }
Connect-MsolService
Get-TenantDomains | ForEach-Object {
  $role = Get-MsolRole -RoleName "Company Administrator"
  Connect-MgGraph -Scopes Policy.Read.All
  Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Select-Object IsEnabled
}
