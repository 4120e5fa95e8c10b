# Turns per-user MFA on for one user and enforces it for a compromised one
param(
    [Parameter(Mandatory = $true)][string]$NewUser,
    [Parameter(Mandatory = $true)][string]$CompromisedUser
)

Connect-MsolService

# enables MFA for an individual user (a Conditional Access policy would be a better way)
$st = New-Object -TypeName Microsoft.Online.Administration.StrongAuthenticationRequirement
$st.RelyingParty = "*"
$st.State = "Enabled"
$sta = @($st)
Set-MsolUser -UserPrincipalName $NewUser -StrongAuthenticationRequirements $sta

# the compromised account must use MFA at its next sign-in
$mfa = New-Object -TypeName Microsoft.Online.Administration.StrongAuthenticationRequirement
$mfa.RelyingParty = "*"
$mfa.State = "Enforced"
Set-MsolUser -UserPrincipalName $CompromisedUser -StrongAuthenticationRequirements $mfa
Write-Host "Enforced MFA for: $CompromisedUser"
