# A calculated property kept in a variable: its $_ is each object Select-Object gets,
# so its reads are the legacy objects' reads and are renamed with them
Connect-AzureAD
$hash_lastsignon = @{N = 'LastSignOn'; E = { Get-LastSignOn -Id $_.ObjectId }}
$hash_upn = @{Name = 'Upn'; Expression = { $_.UserPrincipalName.ToLower() }}
Get-AzureADUser -Filter "userType eq 'Guest'" -All $true | Select-Object ObjectId, DisplayName, $hash_lastsignon, $hash_upn | Export-Csv guests.csv -NoTypeInformation
