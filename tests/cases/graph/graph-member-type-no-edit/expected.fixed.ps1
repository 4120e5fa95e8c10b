# Other values (Contact, ...) and other operators have no documented Graph counterpart: nothing is edited
Connect-MsolService
$groupId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
$contacts = Get-MsolGroupMember -GroupObjectId $groupId -All | Where-Object { $_.GroupMemberType -eq 'Contact' }
Write-Output $contacts.Count
