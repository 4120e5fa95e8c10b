# A read and a write of users: User.ReadWrite.All grants all User.Read.All does, so the
# scope list asks for User.ReadWrite.All alone
Connect-MsolService
$user = Get-MsolUser -UserPrincipalName 'ada@contoso.com'
Set-MsolUser -UserPrincipalName $user.UserPrincipalName -UsageLocation 'US'
