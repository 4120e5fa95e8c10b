# A read and a write of users: User.ReadWrite.All grants all User.Read.All does, so the
# scope list asks for User.ReadWrite.All alone
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$user = Get-MgUser -UserId 'ada@contoso.com' -Property UserPrincipalName, Id
Update-MgUser -UserId $user.UserPrincipalName -UsageLocation 'US'
