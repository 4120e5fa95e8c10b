# Set-MsolUserPassword -ForceChangePassword $true -ForceChangePasswordOnly $true: the password stays, the user must change it at the next sign-in
Connect-MsolService
$users = Import-Csv -Path "$PSScriptRoot\users.csv"
foreach ($user in $users) {
    Set-MsolUserPassword -UserPrincipalName $user.UserPrincipalName -ForceChangePassword $true -ForceChangePasswordOnly $true
}
