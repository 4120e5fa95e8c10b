# Objects passed between AzureAD calls and through variables
Connect-MgGraph -Scopes 'Directory.Read.All', 'User.Read.All' -NoWelcome
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId | Get-AzureADUser | Select-Object UserPrincipalName, ObjectId
$members = (Get-AzureADGroupMember -ObjectId (Get-AzureADGroup -SearchString $name).ObjectId -All $true).UserPrincipalName
Get-MsolUser -UnlicensedUsersOnly | ForEach-Object {
    $user = $_
    Set-AzureADUser -ObjectId $user.ObjectId -ShowInAddressList $false
}
Get-MsolUser -All | Where-Object { $_.BlockCredential } | Set-MsolUserPrincipalName -NewUserPrincipalName ($upnPrefix + '@contoso.com')
