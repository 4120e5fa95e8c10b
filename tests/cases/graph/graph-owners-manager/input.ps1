# Group owners and a user's manager: the migration pages' parameter maps, written the way
# the Microsoft Graph PowerShell reference pages document the cmdlets
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$group = Get-AzureADGroup -ObjectId $groupId
$user = Get-AzureADUser -ObjectId 'ada@contoso.com'
$boss = Get-AzureADUser -ObjectId 'bob@contoso.com'
Add-AzureADGroupOwner -ObjectId $group.ObjectId -RefObjectId $newOwnerId
Add-AzureADGroupMember -ObjectId $group.ObjectId -RefObjectId '00000000-0000-0000-0000-000000000002'
Remove-AzureADGroupOwner -ObjectId $group.ObjectId -OwnerId $oldOwnerId
Remove-AzureADUserManager -ObjectId 'ada@contoso.com'
Set-AzureADUserManager -ObjectId $user.ObjectId -RefObjectId $boss.ObjectId
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
Add-AzureADDirectoryRoleMember -ObjectId $role.ObjectId -RefObjectId $user.ObjectId
Remove-AzureADGroup -ObjectId $group.ObjectId
Remove-MsolGroup -ObjectId $oldGroupId -Force
# no edit: a partner's -TenantId has no Graph equivalent per call
Remove-MsolGroup -ObjectId $oldGroupId -TenantId $customerId -Force
