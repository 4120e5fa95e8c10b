$upn = Read-Host 'User to block'
Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
Update-MgUser -UserId $upn -AccountEnabled:$false
Write-EventLog -LogName Application -Source 'HelpdeskTools' -EntryType Information -EventId 200 -Message "Blocked $upn"
