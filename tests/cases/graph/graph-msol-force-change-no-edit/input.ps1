# -ForceChangePasswordOnly from a variable, or without -ForceChangePassword $true: nothing is edited
Connect-MsolService
$only = $true
Set-MsolUserPassword -UserPrincipalName "adele@contoso.com" -ForceChangePassword $true -ForceChangePasswordOnly $only
Set-MsolUserPassword -UserPrincipalName "alex@contoso.com" -ForceChangePasswordOnly $true
