# Turns per-user MFA on for one user and enforces it for a compromised one
param(
    [Parameter(Mandatory = $true)][string]$NewUser,
    [Parameter(Mandatory = $true)][string]$CompromisedUser
)

Connect-MgGraph -Scopes 'Policy.ReadWrite.AuthenticationMethod' -NoWelcome

# enables MFA for an individual user (a Conditional Access policy would be a better way)
$st = @{}
$st.RelyingParty = "*"
$st.State = "Enabled"
$sta = @($st)
Update-MgBetaUserAuthenticationRequirement -UserId $NewUser -PerUserMfaState 'enabled'

# the compromised account must use MFA at its next sign-in
$mfa = @{}
$mfa.RelyingParty = "*"
$mfa.State = "Enforced"
Update-MgBetaUserAuthenticationRequirement -UserId $CompromisedUser -PerUserMfaState 'enforced'
Write-Host "Enforced MFA for: $CompromisedUser"
