# Set-MsolUserPassword -ForceChangePassword $true -ForceChangePasswordOnly $true: the password stays, the user must change it at the next sign-in
Connect-MgGraph -Scopes 'User-PasswordProfile.ReadWrite.All' -NoWelcome
$users = Import-Csv -Path "$PSScriptRoot\users.csv"
foreach ($user in $users) {
    Update-MgUser -UserId $user.UserPrincipalName -PasswordProfile @{ForceChangePasswordNextSignIn = $true}
}
