# The script signs in to Graph itself with User.Read.All: a group member that is a device, a
# contact or a service principal would come back with its id and type only, so listing the
# members' names needs Directory.Read.All and the call needs a person.
Connect-MgGraph -Scopes 'GroupMember.Read.All', 'User.Read.All' -NoWelcome
$group = Get-MgGroup -Filter "displayName eq 'Kiosk Devices'"
Get-AzureADGroupMember -ObjectId $group.Id -All $true | Sort-Object DisplayName | ForEach-Object { $_.DisplayName }
