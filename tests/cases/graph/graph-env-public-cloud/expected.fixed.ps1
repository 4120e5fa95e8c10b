Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$user = Get-MgUser -UserId 'adele@contoso.com' -Property DisplayName, Id
Write-Output $user.DisplayName
