# Group owners and a user's manager: the migration pages' parameter maps, written the way
# the Microsoft Graph PowerShell reference pages document the cmdlets
Connect-AzureAD
$group = Get-AzureADGroup -ObjectId $groupId
$user = Get-AzureADUser -ObjectId 'ada@contoso.com'
$boss = Get-AzureADUser -ObjectId 'bob@contoso.com'
Add-AzureADGroupOwner -ObjectId $group.ObjectId -RefObjectId $newOwnerId
Add-AzureADGroupMember -ObjectId $group.ObjectId -RefObjectId '00000000-0000-0000-0000-000000000002'
Remove-AzureADGroupOwner -ObjectId $group.ObjectId -OwnerId $oldOwnerId
Remove-AzureADUserManager -ObjectId 'ada@contoso.com'
Set-AzureADUserManager -ObjectId $user.ObjectId -RefObjectId $boss.ObjectId
