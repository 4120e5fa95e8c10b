# Builds a security group for the tier-1 admins and deletes the old dynamic trial group.
$oldGroupId = 'f0e1d2c3-b4a5-4968-8776-6a5b4c3d2e1f'
Connect-MgGraph -Scopes 'Group.ReadWrite.All' -NoWelcome
$tier1 = New-MgGroup -DisplayName 'Tier 1 Admins' -Description 'Members may be assigned tier-1 admin roles' `
    -MailEnabled:$false -MailNickname 'tier1admins' -SecurityEnabled
"New group id: $($tier1.Id)" | Out-File -FilePath .\tier1.txt
Remove-MgGroup -GroupId $oldGroupId
