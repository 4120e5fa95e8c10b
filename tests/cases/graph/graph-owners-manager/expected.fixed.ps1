# Group owners and a user's manager: the migration pages' parameter maps, written the way
# the Microsoft Graph PowerShell reference pages document the cmdlets
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$group = Get-MgGroup -GroupId $groupId
$user = Get-MgUser -UserId 'ada@contoso.com' -Property Id
$boss = Get-MgUser -UserId 'bob@contoso.com' -Property Id
New-MgGroupOwnerByRef -GroupId $group.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($newOwnerId)"
New-MgGroupMemberByRef -GroupId $group.Id -OdataId 'https://graph.microsoft.com/v1.0/directoryObjects/00000000-0000-0000-0000-000000000002'
Remove-MgGroupOwnerByRef -GroupId $group.Id -DirectoryObjectId $oldOwnerId
Remove-MgUserManagerByRef -UserId 'ada@contoso.com'
Set-MgUserManagerByRef -UserId $user.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($boss.Id)"
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
New-MgDirectoryRoleMemberByRef -DirectoryRoleId $role.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($user.Id)"
Remove-MgGroup -GroupId $group.Id
Remove-MgGroup -GroupId $oldGroupId
# no edit: a partner's -TenantId has no Graph equivalent per call
Remove-MsolGroup -ObjectId $oldGroupId -TenantId $customerId -Force
