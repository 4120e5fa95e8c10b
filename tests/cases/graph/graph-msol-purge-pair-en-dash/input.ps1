Import-Module MSOnline
$msolcred = get-credential
Connect-MSOLService -credential:$msolcred

Remove-MsolUser -UserPrincipalName bbunny@contoso.com -force 
Remove-MsolUser -UserPrincipalName bbunny@contoso.com -force –RemoveFromRecycleBin
