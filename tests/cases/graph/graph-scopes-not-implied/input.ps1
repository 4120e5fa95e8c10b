# User-PasswordProfile.ReadWrite.All does not grant reading users: User.Read.All stays
Connect-MsolService
$user = Get-MsolUser -UserPrincipalName 'ada@contoso.com'
Set-MsolUserPassword -UserPrincipalName $user.UserPrincipalName -NewPassword $newPassword -ForceChangePassword $true
