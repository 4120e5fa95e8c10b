# The same sinks with the properties named (Select-Object before Export-Csv, Format-Table and ConvertTo-Html with a
# property list, Out-GridView -PassThru): the property map renames what is read, the calls are rewritten
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property UserPrincipalName, DisplayName, Id | Select-Object 'UserPrincipalName', 'DisplayName', @{Name = 'ObjectId'; Expression = {$_.Id}} | Export-Csv -Path .\users.csv -NoTypeInformation
Get-MgUser -All -Property UserPrincipalName, DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object -First 500 | Format-Table UserPrincipalName, DisplayName
Get-MgUser -All -Property UserPrincipalName, Id | ConvertTo-Html -Property UserPrincipalName, 'Id' | Out-File .\users.html
