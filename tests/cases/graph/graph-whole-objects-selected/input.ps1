# The same sinks with the properties named (Select-Object before Export-Csv, Format-Table and ConvertTo-Html with a
# property list, Out-GridView -PassThru): the property map renames what is read, the calls are rewritten
Connect-MsolService
Get-MsolUser -All | Select-Object UserPrincipalName, DisplayName, ObjectId | Export-Csv -Path .\users.csv -NoTypeInformation
Get-MsolUser -UnlicensedUsersOnly | Format-Table UserPrincipalName, DisplayName
Get-MsolUser -All | ConvertTo-Html -Property UserPrincipalName, ObjectId | Out-File .\users.html
