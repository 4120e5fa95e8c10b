# A property list continued on the next line after a hashtable (a comma, a backtick):
# the names there are reads of the objects too (session 13: the parser reads the lines)
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
Get-MgDirectoryRole -pv dr | ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } | select `
  @{N="Role";E={$dr.displayname}}, `
    @{Name = 'Displayname'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'Userprincipalname'; Expression = {$_.AdditionalProperties.userPrincipalName}} | export-csv members.csv -notypeinformation
