# Blocks sign-in for a leaver
Write-Host "Connecting to Office 365..."
Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome

$Upn = Read-Host -Prompt "User to reset"
Update-MgUser -UserId $Upn -AccountEnabled:$false
