# User-PasswordProfile.ReadWrite.All does not grant reading users: User.Read.All stays
Connect-MgGraph -Scopes 'User-PasswordProfile.ReadWrite.All', 'User.Read.All' -NoWelcome
$user = Get-MgUser -UserId 'ada@contoso.com' -Property UserPrincipalName, Id
Update-MgUser -UserId $user.UserPrincipalName -PasswordProfile @{Password = $newPassword; ForceChangePasswordNextSignIn = $true}
