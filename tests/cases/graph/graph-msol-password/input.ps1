# Set-MsolUserPassword: exact with -NewPassword and -ForceChangePassword written out (Update-MgUser -PasswordProfile)
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
Set-MsolUserPassword -UserPrincipalName $upn -NewPassword $newPassword -ForceChangePassword $true
Set-MsolUserPassword -UserPrincipalName 'ada@contoso.com' -NewPassword 'x' -ForceChangePassword $false
Set-MsolUserPassword -UserPrincipalName $upn -NewPassword $p
$pw = Set-MsolUserPassword -UserPrincipalName $upn -ForceChangePassword $true
