# --target entra: the property list continued after a calculated property is on lines psauth's parser
# cannot read. The Entra cmdlets do not keep the AzureAD property names (Get-EntraDirectoryRoleMember
# adds ObjectId and a few others, no ObjectType), so the unread names need a person with Entra too
Connect-AzureAD
Get-AzureADDirectoryRole -pv dr | Get-AzureADDirectoryRoleMember | Select-Object `
    @{N = 'Role'; E = { $dr.DisplayName }}, `
    DisplayName, UserPrincipalName, ObjectType | Export-Csv .\role-members.csv -NoTypeInformation
