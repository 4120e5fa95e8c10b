# Removes leavers (listed by the HR export) from the VPN access group.
$groupId = '7d2c9a41-3b5e-4f60-9a1d-2c8e4b6f0a13'
$leavers = Import-Csv -Path 'C:\Exports\leavers.csv'

Connect-MsolService

foreach ($leaver in $leavers) {
    $user = Get-MsolUser -UserPrincipalName $leaver.Email
    Remove-MsolGroupMember -GroupObjectId $groupId -GroupMemberType User -GroupMemberObjectId $user.ObjectId
    Write-Output "Removed $($leaver.Email) from the VPN group"
}
