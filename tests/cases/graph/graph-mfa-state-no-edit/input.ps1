# The requirement objects themselves, and per-user MFA set with Set-MsolUser, have no exact Graph
# form: the file's migration is one unit, nothing is edited
Connect-MsolService
Get-MsolUser -All | Select-Object UserPrincipalName, StrongAuthenticationRequirements
$user = Get-MsolUser -UserPrincipalName $upn
Write-Output $user.StrongAuthenticationRequirements.State
Set-MsolUser -UserPrincipalName $upn -StrongAuthenticationRequirements $requirements
Set-MsolUser -UserPrincipalName $upn -StrongAuthenticationRequirements @() -Title 'Engineer'
