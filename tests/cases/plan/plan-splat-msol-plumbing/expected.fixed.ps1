# Exports the licensed users of the tenant
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

Get-MgUser -All -Property UserPrincipalName, DisplayName, Id | Select-Object UserPrincipalName, DisplayName | Export-Csv -Path .\users.csv -NoTypeInformation
