# GroupMemberType compared with User or Group (the values Add-MsolGroupMember documents): in Graph
# the member's type is AdditionalProperties['@odata.type']
Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome
$groupId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
$nested = Get-MgGroupMember -GroupId $groupId -All | Where-Object { $_.AdditionalProperties['@odata.type'] -ne '#microsoft.graph.user' }
$people = Get-MgGroupMember -GroupId $groupId -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.user' }
Write-Output "$($nested.Count) $($people.Count)"
