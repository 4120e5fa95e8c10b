# Apps, grants, role templates and removals: exact Graph rewrites (migration pages' parameter maps,
# Azure AD Graph -> Microsoft Graph property differences)
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
foreach ($ra in $assignments) {
    Get-MgDirectoryObjectById -Ids $ra.SubjectId -PipelineVariable member | Select-Object @{N = 'Who'; E = {$member.AdditionalProperties.userPrincipalName}}, @{N = 'Name'; E = {$member.AdditionalProperties.displayName}}
}
$owner = (Get-MgDirectoryObjectById -Ids $app.PrincipalId).AdditionalProperties.userPrincipalName
$sp = Get-MgServicePrincipal -Filter "displayName eq 'Contoso Portal'"
Update-MgServicePrincipal -ServicePrincipalId $sp.Id -AppRoleAssignmentRequired
$grants = Get-MgServicePrincipalOauth2PermissionGrant -ServicePrincipalId $sp.Id -All
foreach ($g in $grants) { Write-Host $g.ClientId $g.Scope $g.Id }
Get-MgOauth2PermissionGrant -All | Where-Object { $_.ClientId -eq $sp.Id } | ForEach-Object { $_.Scope }
Get-MgUserAppRoleAssignment -UserId 'ada@contoso.com' | Select-Object 'PrincipalDisplayName', 'ResourceDisplayName', @{Name = 'Id'; Expression = {$_.AppRoleId}}
$t = Get-MgDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
Write-Host $t.Id
$user = Get-MgUser -UserId 'ada@contoso.com' -Property SignInSessionsValidFromDateTime, Id
Write-Host $user.SignInSessionsValidFromDateTime
Remove-MgGroupMemberByRef -GroupId $groupId -DirectoryObjectId $user.Id
Remove-MgDevice -DeviceId $deviceId
Revoke-MgUserSignInSession -UserId $user.Id
$groups = Get-MgUserMemberOf -UserId $user.Id -All
$groups | ForEach-Object { $_.AdditionalProperties.displayName }
(Get-MgServicePrincipal -ServicePrincipalId $sp.Id).AppDisplayName
# a -PipelineVariable whose name the script also assigns: which reads are the roles' is not known
foreach ($role in $roleList) { Write-Host $role.ObjectId }
Get-AzureADDirectoryRole -PipelineVariable role | ForEach-Object { Write-Host $role.DisplayName }
Get-MgDirectoryRole -PipelineVariable activeRole | ForEach-Object { Write-Host $activeRole.Id }
# a -SearchString variable stays a variable in the filter (the script may change it)
$appName = 'Contoso Portal'
Get-MgApplication -Filter (('displayName eq ''{0}'' or startsWith(displayName,''{0}'')' -f ($appName -replace "'", "''"))) | ForEach-Object { $_.AppId }
# app role assignments: -ObjectId written as -ResourceId (the resource's appRoleAssignedTo) or as -PrincipalId
New-MgServicePrincipalAppRoleAssignedTo -ServicePrincipalId $sp.Id -ResourceId $sp.Id -AppRoleId ([Guid]::Empty.ToString()) -PrincipalId $user.Id
$null = New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $msiId -AppRoleId $exoRole.Id -PrincipalId $msiId -ResourceId $exoSpId
# directory settings: Microsoft Graph beta (Id, DisplayName, TemplateId, Values read as before)
$settingsId = (Get-MgBetaDirectorySetting | Where-Object -Property DisplayName -Value 'Group.Unified' -EQ).Id
(Get-MgBetaDirectorySetting -DirectorySettingId $settingsId).Values
# removing OAuth2 permission grants
Get-MgOauth2PermissionGrant -All | Where-Object { $_.ClientId -eq $clientSpId } | ForEach-Object { Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId $_.Id }
