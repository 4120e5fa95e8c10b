# Objects passed between AzureAD calls and through variables
Connect-MgGraph -Scopes 'Directory.Read.All', 'User.Read.All' -NoWelcome
$role = Get-MgDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-MgDirectoryRoleMember -DirectoryRoleId $role.Id -All | ForEach-Object { Get-MgUser -UserId $_.Id -Property UserPrincipalName, Id } | Select-Object 'UserPrincipalName', @{Name = 'ObjectId'; Expression = {$_.Id}}
$members = (Get-MgGroupMember -GroupId (Get-MgGroup -Filter (('mailNickName eq ''{0}'' or (mail eq ''{0}'' or (displayName eq ''{0}'' or startsWith(displayName,''{0}'')))' -f ($name -replace "'", "''")))).Id -All).AdditionalProperties.userPrincipalName
Get-MgUser -All -Property Id, AssignedLicenses | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object -First 500 | ForEach-Object {
    $user = $_
    Update-MgUser -UserId $user.Id -ShowInAddressList:$false
}
Get-MgUser -All -Property AccountEnabled, Id | Where-Object { (-not $_.AccountEnabled) } | ForEach-Object { Update-MgUser -UserId $_.Id -UserPrincipalName ($upnPrefix + '@contoso.com') }
