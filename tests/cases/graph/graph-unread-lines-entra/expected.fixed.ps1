# --target entra: a property list continued after a calculated property (read since session 13's view
# transformations). The Entra cmdlets do not keep the AzureAD property names (Get-EntraDirectoryRoleMember
# adds ObjectId and a few others, no ObjectType), so the ObjectType column needs a person with Entra
Connect-AzureAD
Get-AzureADDirectoryRole -pv dr | Get-AzureADDirectoryRoleMember | Select-Object `
    @{N = 'Role'; E = { $dr.DisplayName }}, `
    DisplayName, UserPrincipalName, ObjectType | Export-Csv .\role-members.csv -NoTypeInformation
