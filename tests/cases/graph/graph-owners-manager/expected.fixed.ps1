# Group owners and a user's manager: the migration pages' parameter maps, written the way
# the Microsoft Graph PowerShell reference pages document the cmdlets
Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'User.Read.All', 'User.ReadWrite.All' -NoWelcome
$group = Get-MgGroup -GroupId $groupId
$user = Get-MgUser -UserId 'ada@contoso.com' -Property Id
$boss = Get-MgUser -UserId 'bob@contoso.com' -Property Id
New-MgGroupOwnerByRef -GroupId $group.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($newOwnerId)"
New-MgGroupMemberByRef -GroupId $group.Id -OdataId 'https://graph.microsoft.com/v1.0/directoryObjects/00000000-0000-0000-0000-000000000002'
Remove-MgGroupOwnerByRef -GroupId $group.Id -DirectoryObjectId $oldOwnerId
Remove-MgUserManagerByRef -UserId 'ada@contoso.com'
Set-MgUserManagerByRef -UserId $user.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($boss.Id)"
