# New-ApplicationAccessPolicy -AppId x -PolicyScopeGroupId y -AccessRight RestrictAccess
Write-Host "Old guidance: New-ApplicationAccessPolicy -AppId x"

# existing policies may be read, tested, changed or removed
Get-ApplicationAccessPolicy | Format-Table
Test-ApplicationAccessPolicy -Identity 'reports@contoso.com' -AppId $AppId
Set-ApplicationAccessPolicy -Identity $id -Description ' '
Remove-ApplicationAccessPolicy -Identity $id -Confirm:$false

# the replacement: RBAC for Applications
New-ManagementScope -Name 'Sales' -RecipientRestrictionFilter "Department -eq 'Sales'"
New-ManagementRoleAssignment -App $ServicePrincipalId -Role 'Application Mail.Send' -CustomResourceScope 'Sales'
Test-ServicePrincipalAuthorization -Identity $ServicePrincipalId -Resource 'sales@contoso.com'

# a local function of the same name
function New-ApplicationAccessPolicy { param($AppId) Write-Host $AppId }
New-ApplicationAccessPolicy -AppId 'x'
