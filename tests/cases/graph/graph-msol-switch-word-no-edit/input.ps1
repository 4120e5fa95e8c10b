# A word after a switch with a space is a positional argument, which
# Remove-MsolUser cannot bind (every parameter is Named): the lines fail as
# written, so they are not rewritten (not dropped, not read as the switch).
Import-Module MSOnline
$msolcred = Get-Credential
Connect-MsolService -Credential $msolcred
Remove-MsolUser -UserPrincipalName bbunny@contoso.com -Force
Remove-MsolUser -UserPrincipalName bbunny@contoso.com -Force    RemoveFromRecycleBin
Remove-MsolUser -UserPrincipalName carl@contoso.com -Force  FooBar
Get-MsolUser -All $true | Select-Object UserPrincipalName
Get-MsolUser carl@contoso.com
