# A script that already signs in to Graph with its own scopes: its exact calls are rewritten one by
# one, but the per-user MFA state needs Policy.Read.All, which its Connect-MgGraph does not ask for
Connect-MgGraph -Scopes 'User.Read.All', 'Domain.Read.All'
$domains = Get-MgDomain
Get-MsolUser -All | Select-Object UserPrincipalName, @{N = 'MFA'; E = { $_.StrongAuthenticationRequirements.State }}
