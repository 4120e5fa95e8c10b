Import-Module Microsoft.Entra, Microsoft.Graph.Identity.DirectoryManagement
Connect-Entra -Scopes 'GroupMember.Read.All', 'RoleManagement.Read.Directory', 'User.Read', 'User.Read.All'
$users = Get-EntraUser -All
foreach ($u in $users) { Write-Output "$($u.DisplayName) $($u.ObjectId)" }
Get-EntraGroupMember -ObjectId $gid -All | Select-Object DisplayName
Get-EntraDirectoryRole | Select-Object DisplayName
Get-MgOrganization | Select-Object DisplayName
