# A property list continued on the next line after a hashtable, which psauth's parser
# does not read whole: the names there are not seen, so the call needs a person
Connect-AzureAD
Get-AzureADDirectoryRole -pv dr | Get-AzureADDirectoryRoleMember | select `
  @{N="Role";E={$dr.displayname}}, `
    Displayname, Userprincipalname | export-csv members.csv -notypeinformation
