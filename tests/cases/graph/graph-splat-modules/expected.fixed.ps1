#Requires -Modules MSOnline
Import-Module MSOnline
$query = @{
    ErrorAction = 'Stop'
    UserPrincipalName = 'ada@contoso.com'
}
Connect-MsolService
Get-MsolUser @query | Select-Object DisplayName
$target = @{ GroupObjectId = $groupId; GroupMemberObjectId = $userId }
Add-MsolGroupMember @target
Add-MsolGroupMember -GroupObjectId $groupId -GroupMemberObjectId '00000000-0000-0000-0000-000000000001'
Remove-MsolUser -UserPrincipalName 'old@contoso.com' -Force
