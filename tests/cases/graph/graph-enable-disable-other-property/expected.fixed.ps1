param([string]$UserPrincipalName)

Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
Update-MgUser -UserId $UserPrincipalName -AccountEnabled:$false -Department 'Leavers'
