# The user named by an expression the helper would evaluate a second time (Read-Host would ask
# again): nothing is edited
Connect-MsolService
Set-MsolUser -UserPrincipalName (Read-Host 'Account to harden') -StrongPasswordRequired $false
