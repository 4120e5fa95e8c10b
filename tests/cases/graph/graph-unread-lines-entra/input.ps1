# --target entra: the property list continued after a calculated property is on lines psauth's parser
# cannot read, but an Entra rename keeps the AzureAD property names, so only the calls' own arguments
# matter: both calls are renamed (with the Graph target they need a person)
Connect-AzureAD
Get-AzureADDirectoryRole -pv dr | Get-AzureADDirectoryRoleMember | Select-Object `
    @{N = 'Role'; E = { $dr.DisplayName }}, `
    DisplayName, UserPrincipalName, ObjectType | Export-Csv .\role-members.csv -NoTypeInformation
