# Functions whose reads would see other objects too: nothing is edited, and the reason names them
function RecordLicense($need, $msg, $users) {
    foreach ($u in $users) { Write-Output "$msg $($u.UserPrincipalName) $($u.ObjectId)" }
}
function Expand-Group($Group) {
    Write-Output $Group.ObjectId
    Get-AzureADGroupMember -ObjectId $Group.ObjectId | Where-Object { $_.ObjectType -eq 'Group' } |
        ForEach-Object { Expand-Group -Group $_ }
}
function Test-Direct([Microsoft.Online.Administration.User]$user) {
    $user.Licenses.Count -gt 0
}
Connect-MsolService
Connect-AzureAD
$cloud = Get-MsolUser -All
RecordLicense $false "cloud" $cloud
$onprem = Get-ADUser -Filter * -Properties mail
RecordLicense $true "onprem" $onprem
Expand-Group -Group (Get-AzureADGroup -ObjectId $groupId)
Get-MsolUser -All | Where-Object { Test-Direct $_ }
