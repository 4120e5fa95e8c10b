# A ForEach-Object whose script block writes only a legacy call's objects hands them on:
# what reads its output (Select-Object, a variable, $_) reads the call's objects
Connect-AzureAD
$roles = Get-AzureADDirectoryRole
$roles | ForEach-Object { Get-AzureADDirectoryRoleMember -ObjectId $_.ObjectId } | Select-Object ObjectId, DisplayName
$members = $roles | ForEach-Object { $role = $_; Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId }
foreach ($m in $members) { Write-Output $m.UserPrincipalName }
$members | ForEach-Object { $_.ObjectId }
