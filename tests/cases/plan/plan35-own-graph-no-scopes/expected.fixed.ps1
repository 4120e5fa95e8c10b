Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All'

$upn = Read-Host 'User to block'
Update-MgUser -UserId $upn -AccountEnabled:$false
Write-Host "Blocked $upn"
