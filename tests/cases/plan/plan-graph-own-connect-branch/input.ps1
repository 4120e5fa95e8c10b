# no MSOnline connection: the console was signed in; the Graph connection is only in a branch
param([switch]$Policies)
$users = Get-MsolUser -All
$users | Select-Object UserPrincipalName | Export-Csv users.csv
if ($Policies) {
  Connect-MgGraph -Scopes Policy.Read.All
  Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy
}
