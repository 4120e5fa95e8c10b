# "select @{...}, Name, Mail" is one property list: the names after the hashtable are
# reads of the objects too (the grammar gives them as a second argument)
Connect-AzureAD
Get-AzureADDirectoryRole -PipelineVariable dr | Get-AzureADDirectoryRoleMember | Select-Object @{N = 'Role'; E = { $dr.DisplayName }}, DisplayName, UserPrincipalName | Export-Csv members.csv -NoTypeInformation
