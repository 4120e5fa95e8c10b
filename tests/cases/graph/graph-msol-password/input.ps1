# Set-MsolUserPassword: exact with -NewPassword and -ForceChangePassword written out (Update-MgUser -PasswordProfile)
Connect-MsolService
Set-MsolUserPassword -UserPrincipalName $upn -NewPassword $newPassword -ForceChangePassword $true
Set-MsolUserPassword -UserPrincipalName 'ada@contoso.com' -NewPassword 'x' -ForceChangePassword $false
Set-MsolUserPassword -UserPrincipalName $upn -NewPassword $p
$pw = Set-MsolUserPassword -UserPrincipalName $upn -ForceChangePassword $true
