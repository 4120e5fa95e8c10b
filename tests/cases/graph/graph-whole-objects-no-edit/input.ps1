# Legacy objects sent whole to a command that writes their properties (Export-Csv, ConvertTo-Html, Out-GridView,
# Format-Table without a property list, ConvertTo-Json, a variable piped to Export-Csv): every column would change
# with Graph objects, so no call is rewritten and the refusal says to select the properties
Connect-MsolService
Get-MsolUser -All | Export-Csv -Path .\users.csv -NoTypeInformation
$groups = Get-MsolGroup -All
$groups | Where-Object { $_.GroupType -eq 'Security' } | Export-Csv .\groups.csv
Get-MsolUser -UnlicensedUsersOnly | Out-GridView
Get-MsolUser -UnlicensedUsersOnly | Format-Table
Get-MsolUser -UnlicensedUsersOnly | Select-Object * | Format-Table
Get-MsolDomain | ConvertTo-Json | Set-Content .\domains.json
Get-MsolUser -All | ConvertTo-Html -Title Users | Out-File .\users.html
