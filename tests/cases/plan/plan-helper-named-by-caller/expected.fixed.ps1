# Shared start-up for the tenant scripts: signs in to Exchange Online and
# MSOnline, then records who has a licence.
Connect-ExchangeOnline -ShowBanner:$false | Out-Null
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) } | Select-Object UserPrincipalName | Export-Csv .\licensed.csv -NoTypeInformation
