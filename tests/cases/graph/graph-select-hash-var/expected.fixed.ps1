# A calculated property kept in a variable: its $_ is each object Select-Object gets,
# so its reads are the legacy objects' reads and are renamed with them
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$hash_lastsignon = @{N = 'LastSignOn'; E = { Get-LastSignOn -Id $_.Id }}
$hash_upn = @{Name = 'Upn'; Expression = { $_.UserPrincipalName.ToLower() }}
Get-MgUser -Filter "userType eq 'Guest'" -All -Property Id, UserPrincipalName, DisplayName | Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}, 'DisplayName', $hash_lastsignon, $hash_upn | Export-Csv guests.csv -NoTypeInformation
