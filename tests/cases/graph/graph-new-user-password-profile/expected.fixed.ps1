# New-AzureADUser with a PasswordProfile object -> New-MgUser: the object becomes a hashtable (@{}), the script sets
# its Password as before and ForceChangePasswordNextLogin becomes Graph's ForceChangePasswordNextSignIn key;
# -AccountEnabled $true becomes the switch, -MailNickName -MailNickname, the new user's ObjectId its Id
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$rows = Import-Csv .\newusers.csv
foreach ($row in $rows) {
  $PasswordProfile = @{}
  $PasswordProfile.Password = $row.Password
  $PasswordProfile.ForceChangePasswordNextSignIn = $true
  $new = New-MgUser -DisplayName $row.Name -PasswordProfile $PasswordProfile -UserPrincipalName $row.Upn -AccountEnabled -MailNickname $row.Alias -UsageLocation 'US'
  Write-Output "created $($new.Id) for $($new.UserPrincipalName)"
}
