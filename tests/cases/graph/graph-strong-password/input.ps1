# -StrongPasswordRequired: Graph keeps it as DisableStrongPassword in the user's PasswordPolicies,
# next to DisablePasswordExpiration; the helper sets or clears that one policy and keeps the others
Connect-MsolService
$upn = 'adele@contoso.com'
Set-MsolUser -UserPrincipalName $upn -StrongPasswordRequired $false
Set-MsolUser -UserPrincipalName 'megan@contoso.com' -StrongPasswordRequired $true
Get-MsolUser -UserPrincipalName $upn | Select-Object UserPrincipalName, StrongPasswordRequired
