# Opens the tenant sessions the team's other scripts use, then saves a
# list of the guest accounts for the weekly check.

Connect-ExchangeOnline -ShowBanner:$false

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property UserType, UserPrincipalName, DisplayName, Id | Where-Object { $_.UserType -eq "Guest" } | Select-Object UserPrincipalName, DisplayName | Out-File .\guests.txt
