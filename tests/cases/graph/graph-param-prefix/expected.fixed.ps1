# Get-MsolUser -user: PowerShell binds the unambiguous prefix to -UserPrincipalName, which becomes -UserId
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$upn = "adele@contoso.com"
$u = Get-MgUser -UserId $upn -Property DisplayName, Id
Write-Output $u.DisplayName
