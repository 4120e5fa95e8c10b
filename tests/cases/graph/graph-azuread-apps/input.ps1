# Apps, grants, role templates and removals: exact Graph rewrites (migration pages' parameter maps,
# Azure AD Graph -> Microsoft Graph property differences)
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
foreach ($ra in $assignments) {
    Get-AzureADObjectByObjectId -ObjectIds $ra.SubjectId -PipelineVariable member | Select-Object @{N = 'Who'; E = {$member.UserPrincipalName}}, @{N = 'Name'; E = {$member.DisplayName}}
}
$owner = (Get-AzureADObjectByObjectId -ObjectIds $app.PrincipalId).UserPrincipalName
$sp = Get-AzureADServicePrincipal -Filter "displayName eq 'Contoso Portal'"
Set-AzureADServicePrincipal -ObjectId $sp.ObjectId -AppRoleAssignmentRequired $true
$grants = Get-AzureADServicePrincipalOAuth2PermissionGrant -ObjectId $sp.ObjectId -All $true
foreach ($g in $grants) { Write-Host $g.ClientId $g.Scope $g.ObjectId }
Get-AzureADOAuth2PermissionGrant -All $true | Where-Object { $_.ClientId -eq $sp.ObjectId } | ForEach-Object { $_.Scope }
Get-AzureADUserAppRoleAssignment -ObjectId 'ada@contoso.com' | Select-Object PrincipalDisplayName, ResourceDisplayName, Id
$t = Get-AzureADDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
Write-Host $t.ObjectId
$user = Get-AzureADUser -ObjectId 'ada@contoso.com'
Write-Host $user.RefreshTokensValidFromDateTime
Remove-AzureADGroupMember -ObjectId $groupId -MemberId $user.ObjectId
Remove-AzureADDevice -ObjectId $deviceId
Revoke-AzureADUserAllRefreshToken -ObjectId $user.ObjectId
$groups = Get-AzureADUserMembership -ObjectId $user.ObjectId -All $true
$groups | ForEach-Object { $_.DisplayName }
(Get-AzureADServicePrincipal -ObjectId $sp.ObjectId).AppDisplayName
# a -PipelineVariable whose name the script also assigns: which reads are the roles' is not known
foreach ($role in $roleList) { Write-Host $role.ObjectId }
Get-AzureADDirectoryRole -PipelineVariable role | ForEach-Object { Write-Host $role.DisplayName }
Get-AzureADDirectoryRole -PipelineVariable activeRole | ForEach-Object { Write-Host $activeRole.ObjectId }
# a -SearchString variable stays a variable in the filter (the script may change it)
$appName = 'Contoso Portal'
Get-AzureADApplication -SearchString $appName | ForEach-Object { $_.AppId }
# app role assignments: -ObjectId written as -ResourceId (the resource's appRoleAssignedTo) or as -PrincipalId
New-AzureADServiceAppRoleAssignment -ObjectId $sp.ObjectId -ResourceId $sp.ObjectId -Id ([Guid]::Empty.ToString()) -PrincipalId $user.ObjectId
$null = New-AzureADServiceAppRoleAssignment -ObjectId $msiId -Id $exoRole.Id -PrincipalId $msiId -ResourceId $exoSpId
# directory settings: Microsoft Graph beta (Id, DisplayName, TemplateId, Values read as before)
$settingsId = (Get-AzureADDirectorySetting | Where-Object -Property DisplayName -Value 'Group.Unified' -EQ).Id
(Get-AzureADDirectorySetting -Id $settingsId).Values
# removing OAuth2 permission grants
Get-AzureADOAuth2PermissionGrant -All $true | Where-Object { $_.ClientId -eq $clientSpId } | ForEach-Object { Remove-AzureADOAuth2PermissionGrant -ObjectId $_.ObjectId }
