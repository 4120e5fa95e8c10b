# Set-MsolUserPassword: exact with -NewPassword and -ForceChangePassword written out (Update-MgUser -PasswordProfile)
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
Update-MgUser -UserId $upn -PasswordProfile @{Password = $newPassword; ForceChangePasswordNextSignIn = $true}
Update-MgUser -UserId 'ada@contoso.com' -PasswordProfile @{Password = 'x'; ForceChangePasswordNextSignIn = $false}
Set-MsolUserPassword -UserPrincipalName $upn -NewPassword $p
$pw = Set-MsolUserPassword -UserPrincipalName $upn -ForceChangePassword $true
