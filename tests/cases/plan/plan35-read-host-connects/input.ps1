$upn = Read-Host 'User to block'
Set-MsolUser -UserPrincipalName $upn -BlockCredential $true
Write-EventLog -LogName Application -Source 'HelpdeskTools' -EntryType Information -EventId 200 -Message "Blocked $upn"
