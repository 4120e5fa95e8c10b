# New-AzureADUser with a PasswordProfile object -> New-MgUser: the object becomes a hashtable (@{}), the script sets
# its Password as before and ForceChangePasswordNextLogin becomes Graph's ForceChangePasswordNextSignIn key;
# -AccountEnabled $true becomes the switch, -MailNickName -MailNickname, the new user's ObjectId its Id
Connect-AzureAD
$rows = Import-Csv .\newusers.csv
foreach ($row in $rows) {
  $PasswordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
  $PasswordProfile.Password = $row.Password
  $PasswordProfile.ForceChangePasswordNextLogin = $true
  $new = New-AzureADUser -DisplayName $row.Name -PasswordProfile $PasswordProfile -UserPrincipalName $row.Upn -AccountEnabled $true -MailNickName $row.Alias -UsageLocation 'US'
  Write-Output "created $($new.ObjectId) for $($new.UserPrincipalName)"
}
