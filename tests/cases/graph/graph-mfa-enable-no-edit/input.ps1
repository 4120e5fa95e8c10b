# Enable MFA for every licensed user without it; remembered devices must sign in again
Connect-MsolService

$authReq = New-Object -TypeName Microsoft.Online.Administration.StrongAuthenticationRequirement
$authReq.RelyingParty = "*"
$authReq.State = 'Enabled'
$authReq.RememberDevicesNotIssuedBefore = (Get-Date)

$usersToChange = Get-MsolUser -All | Where-Object { $_.isLicensed -eq $true }
foreach ($u in $usersToChange) {
    Set-MsolUser -UserPrincipalName $u.UserPrincipalName -StrongAuthenticationRequirements $authReq
}
