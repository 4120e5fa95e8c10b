# Reads of a user's per-user MFA state (.StrongAuthenticationRequirements.State): Graph has it only
# in the beta API (authentication/requirements); a helper gives it as MSOnline did
# ('Enabled', 'Enforced', or nothing when disabled)
# psauth: per-user MFA is not on the Graph user object; this reads it from the beta API
# (GET /beta/users/{id}/authentication/requirements), once per user, and gives it as MSOnline's
# StrongAuthenticationRequirements.State did: 'Enabled', 'Enforced', or nothing when disabled.
function ConvertTo-MsolMfaState([string]$UserId) {
    if (-not $UserId) { return }
    if ($null -eq $script:GraphMfaStates) { $script:GraphMfaStates = @{} }
    if (-not $script:GraphMfaStates.ContainsKey($UserId)) {
        $uri = '/beta/users/' + [uri]::EscapeDataString($UserId) + '/authentication/requirements'
        $script:GraphMfaStates[$UserId] = (Invoke-MgGraphRequest -Method GET -Uri $uri)['perUserMfaState']
    }
    switch ($script:GraphMfaStates[$UserId]) {
        'enabled' { 'Enabled' }
        'enforced' { 'Enforced' }
    }
}

Connect-MgGraph -Scopes 'Policy.Read.All', 'User.Read.All' -NoWelcome
$users = Get-MgUser -All -Property Id, UserPrincipalName
foreach ($user in $users) {
    $mfaState = ($user.Id | ForEach-Object { ConvertTo-MsolMfaState $_ })
    if ($null -ne $mfaState) { Write-Output "$($user.UserPrincipalName): $mfaState" }
}
Get-MgUser -All -Property Id, UserPrincipalName | Select-Object UserPrincipalName, @{N = 'MFAStatus'; E = { if (($_.Id | ForEach-Object { ConvertTo-MsolMfaState $_ })) { ($_.Id | ForEach-Object { ConvertTo-MsolMfaState $_ }) } else { 'Disabled' } } }
Get-MgUser -All -Property Id, UserPrincipalName | Where-Object { ($_.Id | ForEach-Object { ConvertTo-MsolMfaState $_ }) -notmatch 'Enabled|Enforced' } | Select-Object UserPrincipalName
