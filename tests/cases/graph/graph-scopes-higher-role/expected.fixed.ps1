# Grants a user a directory role, activating the role from its template first
param(
    [Parameter(Mandatory)] [string]$UserPrincipalName,
    [string]$RoleName = 'Helpdesk Administrator'
)

Connect-MgGraph -Scopes 'RoleManagement.ReadWrite.Directory', 'User.Read.All' -NoWelcome
$user = Get-MgUser -UserId $UserPrincipalName -Property Id
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq $RoleName }
if (-not $role) {
    $template = Get-MgDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq $RoleName }
    New-MgDirectoryRole -RoleTemplateId $template.Id
    $role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq $RoleName }
}
New-MgDirectoryRoleMemberByRef -DirectoryRoleId $role.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($user.Id)"
Write-Host "Added $UserPrincipalName to $RoleName"
