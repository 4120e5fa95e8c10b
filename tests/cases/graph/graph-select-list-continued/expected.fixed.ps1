# "select @{...}, Name, Mail" is one property list: the names after the hashtable are
# reads of the objects too (the grammar gives them as a second argument)
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
Get-MgDirectoryRole -PipelineVariable dr | ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } | Select-Object @{N = 'Role'; E = { $dr.DisplayName }}, @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}} | Export-Csv members.csv -NoTypeInformation
