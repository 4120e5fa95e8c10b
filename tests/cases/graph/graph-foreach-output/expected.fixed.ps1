# A ForEach-Object whose script block writes only a legacy call's objects hands them on:
# what reads its output (Select-Object, a variable, $_) reads the call's objects
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
$roles = Get-MgDirectoryRole
$roles | ForEach-Object { Get-MgDirectoryRoleMember -DirectoryRoleId $_.Id -All } | Select-Object @{Name = 'ObjectId'; Expression = {$_.Id}}, @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}
$members = $roles | ForEach-Object { $role = $_; Get-MgDirectoryRoleMember -DirectoryRoleId $role.Id -All }
foreach ($m in $members) { Write-Output $m.AdditionalProperties.userPrincipalName }
$members | ForEach-Object { $_.Id }
