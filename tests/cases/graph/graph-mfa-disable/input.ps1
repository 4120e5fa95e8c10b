# Set-MsolUser -StrongAuthenticationRequirements @() disables per-user MFA: the beta API's
# perUserMfaState 'disabled' (Update-MgBetaUserAuthenticationRequirement), in a call of its own
Connect-MsolService
Set-MsolUser -UserPrincipalName 'tim@contoso.com' -StrongAuthenticationRequirements @()
$usersToChange = Get-MsolUser -All | Where-Object { $_.StrongAuthenticationRequirements.State -match 'Enabled|Enforced' }
$usersToChange | Set-MsolUser -StrongAuthenticationRequirements @( )
