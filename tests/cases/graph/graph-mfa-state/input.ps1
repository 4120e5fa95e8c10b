# Reads of a user's per-user MFA state (.StrongAuthenticationRequirements.State): Graph has it only
# in the beta API (authentication/requirements); a helper gives it as MSOnline did
# ('Enabled', 'Enforced', or nothing when disabled)
Connect-MsolService
$users = Get-MsolUser -All
foreach ($user in $users) {
    $mfaState = $user.StrongAuthenticationRequirements.State
    if ($null -ne $mfaState) { Write-Output "$($user.UserPrincipalName): $mfaState" }
}
Get-MsolUser -All | Select-Object UserPrincipalName, @{N = 'MFAStatus'; E = { if ($_.StrongAuthenticationRequirements.State) { $_.StrongAuthenticationRequirements.state } else { 'Disabled' } } }
Get-MsolUser -All | Where-Object { $_.StrongAuthenticationRequirements.State -notmatch 'Enabled|Enforced' } | Select-Object UserPrincipalName
