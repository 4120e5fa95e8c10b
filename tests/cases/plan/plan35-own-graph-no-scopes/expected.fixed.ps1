Connect-MgGraph -Scopes 'User.ReadWrite.All'

$upn = Read-Host 'User to block'
Update-MgUser -UserId $upn -AccountEnabled:$false
Write-Host "Blocked $upn"
