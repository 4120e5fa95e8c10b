# Directory report (AzureAD / AzureADPreview), no connection in this file
Connect-MgGraph -Scopes 'AuditLog.Read.All', 'Device.Read.All', 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome
$sp = Get-MgServicePrincipal -All
$sp | Select-Object 'DisplayName', 'AppId', @{Name = 'ObjectId'; Expression = {$_.Id}} | Export-Csv sp.csv
$admins = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-MgDirectoryRoleMember -DirectoryRoleId $admins.Id -All | Select-Object @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}}
Get-MgGroup -Filter 'mailNickName eq ''Sales'' or (mail eq ''Sales'' or (displayName eq ''Sales'' or startsWith(displayName,''Sales'')))' | ForEach-Object { Get-MgGroupMember -GroupId $_.Id -All }
Get-MgGroup -GroupId $groupId | Select-Object DisplayName, Mail
$devices = Get-MgDevice -All -Filter "TrustType eq 'Workplace'"
$devices | Select-Object 'DisplayName', @{Name = 'DeviceOSType'; Expression = {$_.OperatingSystem}}, @{Name = 'ApproximateLastLogonTimeStamp'; Expression = {$_.ApproximateLastSignInDateTime}}
Get-MgApplication -Filter "DisplayName eq 'Payroll'" | Select-Object DisplayName, AppId
Get-MgAuditLogSignIn -Filter "userPrincipalName eq 'ada@contoso.com'" -Top 10 | Select-Object CreatedDateTime, AppDisplayName
Get-MgAuditLogDirectoryAudit -Top 5
