# Removes leavers (listed by the HR export) from the VPN access group.
$groupId = '7d2c9a41-3b5e-4f60-9a1d-2c8e4b6f0a13'
$leavers = Import-Csv -Path 'C:\Exports\leavers.csv'

Connect-MgGraph -Scopes 'GroupMember.ReadWrite.All', 'User.Read.All' -NoWelcome

foreach ($leaver in $leavers) {
    $user = Get-MgUser -UserId $leaver.Email -Property Id
    Remove-MgGroupMemberByRef -GroupId $groupId -DirectoryObjectId $user.Id
    Write-Output "Removed $($leaver.Email) from the VPN group"
}
