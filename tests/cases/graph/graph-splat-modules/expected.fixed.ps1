#Requires -Modules MSOnline
Import-Module MSOnline
$query = @{
    ErrorAction = 'Stop'
    UserId = 'ada@contoso.com'
}
Connect-MsolService
Get-MgUser -Property DisplayName, Id @query | Select-Object DisplayName
$target = @{ GroupObjectId = $groupId; GroupMemberObjectId = $userId }
Add-MsolGroupMember @target
New-MgGroupMemberByRef -GroupId $groupId -OdataId 'https://graph.microsoft.com/v1.0/directoryObjects/00000000-0000-0000-0000-000000000001'
Remove-MgUser -UserId 'old@contoso.com'
