# The user named by an expression the helper would evaluate a second time: nothing is edited
Connect-MsolService
$name = 'adele'
Set-MsolUser -UserPrincipalName "$name@contoso.com" -StrongPasswordRequired $false
