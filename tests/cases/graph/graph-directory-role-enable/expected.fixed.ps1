# Enable-AzureADDirectoryRole activates a role from its template: Graph activates it with
# New-MgDirectoryRole -RoleTemplateId (POST /directoryRoles with roleTemplateId)
Connect-MgGraph -Scopes 'RoleManagement.ReadWrite.Directory' -NoWelcome
$roleName = 'Helpdesk Administrator'
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq $roleName }
if (-not $role) {
    $template = Get-MgDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq $roleName }
    New-MgDirectoryRole -RoleTemplateId $template.Id
    $role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq $roleName }
}
Write-Output $role.Id
