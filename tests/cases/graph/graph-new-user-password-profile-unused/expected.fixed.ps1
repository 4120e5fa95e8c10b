# A PasswordProfile object that goes to no New-AzureADUser call would be left as the AzureAD type once the module is
# gone: the call that uses the other object is not rewritten either
Connect-AzureAD
$unused = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$pp = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$pp.Password = 'x'; $pp.ForceChangePasswordNextLogin = $true
New-AzureADUser -DisplayName "B" -PasswordProfile $pp -UserPrincipalName "b@contoso.com" -AccountEnabled $true -MailNickName "b"
