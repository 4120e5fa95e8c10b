# Set-MsolUser -StrongAuthenticationRequirements @() disables per-user MFA: the beta API's
# perUserMfaState 'disabled' (Update-MgBetaUserAuthenticationRequirement), in a call of its own
# psauth: per-user MFA is not on the Graph user object; this reads it from the beta API
# (GET /beta/users/{id}/authentication/requirements) and gives it as MSOnline's
# StrongAuthenticationRequirements.State did: 'Enabled', 'Enforced', or nothing when disabled.
function ConvertTo-MsolMfaState([string]$UserId) {
    if (-not $UserId) { return }
    $uri = '/beta/users/' + [uri]::EscapeDataString($UserId) + '/authentication/requirements'
    switch ((Invoke-MgGraphRequest -Method GET -Uri $uri)['perUserMfaState']) {
        'enabled' { 'Enabled' }
        'enforced' { 'Enforced' }
    }
}

Connect-MgGraph -Scopes 'Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod', 'User.Read.All' -NoWelcome
Update-MgBetaUserAuthenticationRequirement -UserId 'tim@contoso.com' -PerUserMfaState 'disabled'
$usersToChange = Get-MgUser -All -Property Id | Where-Object { ($_.Id | ForEach-Object { ConvertTo-MsolMfaState $_ }) -match 'Enabled|Enforced' }
$usersToChange | ForEach-Object { Update-MgBetaUserAuthenticationRequirement -UserId $_.Id -PerUserMfaState 'disabled' }
