# A property list continued on the next line after a hashtable (a comma, a backtick):
# the names there are reads of the objects too (session 13: the parser reads the lines)
Connect-AzureAD
Get-AzureADDirectoryRole -pv dr | Get-AzureADDirectoryRoleMember | select `
  @{N="Role";E={$dr.displayname}}, `
    Displayname, Userprincipalname | export-csv members.csv -notypeinformation
