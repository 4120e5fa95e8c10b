# GroupMemberType compared with User or Group (the values Add-MsolGroupMember documents): in Graph
# the member's type is AdditionalProperties['@odata.type']
Connect-MsolService
$groupId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
$nested = Get-MsolGroupMember -GroupObjectId $groupId -All | Where-Object { $_.GroupMemberType -ne "User" }
$people = Get-MsolGroupMember -GroupObjectId $groupId -All | Where-Object { $_.GroupMemberType -eq 'user' }
Write-Output "$($nested.Count) $($people.Count)"
