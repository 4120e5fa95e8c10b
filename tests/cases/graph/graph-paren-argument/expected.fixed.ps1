# The same read as an expression of its own: the model sees it, and it is renamed
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$since = Get-Date ((Get-MgUser -UserId 'adele@contoso.com' -Property SignInSessionsValidFromDateTime, Id).SignInSessionsValidFromDateTime) -Format g
Write-Output $since
