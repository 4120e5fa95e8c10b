# --target entra: reads the Entra objects answer stay exact: Graph's own names (DisplayName, AppId),
# the names the Entra cmdlet adds (ObjectId; Mobile, DirSyncEnabled on Get-EntraUser) and a member's
# userPrincipalName, which Get-EntraGroupMember's objects carry as their own
Connect-AzureAD
Get-AzureADServicePrincipal -All $true | Select-Object DisplayName, AppId, ObjectId
Get-AzureADUser -All $true | Select-Object UserPrincipalName, Mobile, DirSyncEnabled, ObjectId
Get-AzureADGroupMember -ObjectId $groupId -All $true | Select-Object DisplayName, UserPrincipalName
