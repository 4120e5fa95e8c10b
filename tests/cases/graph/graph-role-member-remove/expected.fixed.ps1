# Offboarding: lists the leaver's own devices and takes the leaver out of the Helpdesk Administrator role.
param([Parameter(Mandatory)] [string] $UserPrincipalName)

Connect-MgGraph -Scopes 'RoleManagement.ReadWrite.Directory', 'User.Read.All' -NoWelcome
$user = Get-MgUser -UserId $UserPrincipalName -Property Id
Get-MgUserOwnedDevice -UserId $user.Id -All | ForEach-Object {
    Write-Output "Owned device: $($_.Id)"
}
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
Remove-MgDirectoryRoleMemberByRef -DirectoryRoleId $role.Id -DirectoryObjectId $user.Id
