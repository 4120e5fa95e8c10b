# Enable-AzureADDirectoryRole activates a role from its template: Graph activates it with
# New-MgDirectoryRole -RoleTemplateId (POST /directoryRoles with roleTemplateId)
Connect-AzureAD
$roleName = 'Helpdesk Administrator'
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq $roleName }
if (-not $role) {
    $template = Get-AzureADDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq $roleName }
    Enable-AzureADDirectoryRole -RoleTemplateId $template.ObjectId
    $role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq $roleName }
}
Write-Output $role.ObjectId
