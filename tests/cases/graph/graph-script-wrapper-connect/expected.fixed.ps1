# Report run after the shared connection helper signs in (with MSOnline).
Connect-Office365 -ConnectMSOLOnly
Get-MsolUser -All | Select-Object UserPrincipalName
