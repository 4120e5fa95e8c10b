# New-AzureADUser whose PasswordProfile leaves ForceChangePasswordNextLogin unset (AzureAD documented no default),
# sets EnforceChangePasswordPolicy (no passwordProfile equivalent), or comes from outside the file: nothing is edited
param($Profile)
Connect-AzureAD
$p1 = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$p1.Password = "<Password>"
New-AzureADUser -DisplayName "New User" -PasswordProfile $p1 -UserPrincipalName "NewUser@contoso.com" -AccountEnabled $true -MailNickName "Newuser"
$p2 = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$p2.Password = "<Password>"
$p2.ForceChangePasswordNextLogin = $false
$p2.EnforceChangePasswordPolicy = $true
New-AzureADUser -DisplayName "B" -PasswordProfile $p2 -UserPrincipalName "b@contoso.com" -AccountEnabled $true -MailNickName "b"
New-AzureADUser -DisplayName "C" -PasswordProfile $Profile -UserPrincipalName "c@contoso.com" -AccountEnabled $true -MailNickName "c"
