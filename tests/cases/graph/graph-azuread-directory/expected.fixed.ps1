# Directory report (AzureAD / AzureADPreview), no connection in this file
$sp = Get-AzureADServicePrincipal -All $true
$sp | Select-Object DisplayName, AppId, ObjectId | Export-Csv sp.csv
$admins = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-AzureADDirectoryRoleMember -ObjectId $admins.ObjectId | Select-Object DisplayName, UserPrincipalName
Get-AzureADGroup -SearchString 'Sales' | ForEach-Object { Get-AzureADGroupMember -ObjectId $_.ObjectId -All $true }
Get-AzureADMSGroup -Id $groupId | Select-Object DisplayName, Mail
$devices = Get-AzureADDevice -All $true -Filter "DeviceTrustType eq 'Workplace'"
$devices | Select-Object DisplayName, DeviceOSType, ApproximateLastLogonTimeStamp
Get-AzureADApplication -Filter "DisplayName eq 'Payroll'" | Select-Object DisplayName, AppId
Get-AzureADAuditSignInLogs -Filter "userPrincipalName eq 'ada@contoso.com'" -Top 10 | Select-Object CreatedDateTime, AppDisplayName
Get-AzureADAuditDirectoryLogs -Top 5
