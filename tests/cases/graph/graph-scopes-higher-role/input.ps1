# Grants a user a directory role, activating the role from its template first
param(
    [Parameter(Mandatory)] [string]$UserPrincipalName,
    [string]$RoleName = 'Helpdesk Administrator'
)

$user = Get-AzureADUser -ObjectId $UserPrincipalName
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq $RoleName }
if (-not $role) {
    $template = Get-AzureADDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq $RoleName }
    Enable-AzureADDirectoryRole -RoleTemplateId $template.ObjectId
    $role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq $RoleName }
}
Add-AzureADDirectoryRoleMember -ObjectId $role.ObjectId -RefObjectId $user.ObjectId
Write-Host "Added $UserPrincipalName to $RoleName"
