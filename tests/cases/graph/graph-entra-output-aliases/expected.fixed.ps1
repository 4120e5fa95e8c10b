# --target entra: reads the Entra objects answer stay exact: Graph's own names (DisplayName, AppId),
# the names the Entra cmdlet adds (ObjectId; Mobile, DirSyncEnabled on Get-EntraUser) and a member's
# userPrincipalName, which Get-EntraGroupMember's objects carry as their own
Connect-Entra -Scopes 'Application.Read.All', 'GroupMember.Read.All', 'User.Read.All'
Get-EntraServicePrincipal -All | Select-Object DisplayName, AppId, ObjectId
Get-EntraUser -All | Select-Object UserPrincipalName, Mobile, DirSyncEnabled, ObjectId
Get-EntraGroupMember -ObjectId $groupId -All | Select-Object DisplayName, UserPrincipalName
