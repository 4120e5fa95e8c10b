# Calls without an exact Graph rewrite: psauth suggests, a person decides
Connect-MsolService
$users = Get-MsolUser -All
foreach ($u in $users) {
    if ($u.StrongAuthenticationMethods.Count -eq 0) { $u.UserPrincipalName }
}
Get-MsolUser -TenantId $customer.TenantId -All | Select-Object UserPrincipalName
Set-MsolUser -UserPrincipalName 'ada@contoso.com' -StrongPasswordRequired $false
$setting = Get-AzureADDirectorySetting | Where-Object { $_.DisplayName -eq 'Group.Unified' }; $setting['EnableGroupCreation'] = 'False'
New-AzureADServiceAppRoleAssignment -ObjectId $sp.ObjectId -PrincipalId $client.ObjectId -ResourceId $graph.ObjectId -Id $role.Id
Get-AzureADObjectByObjectId -ObjectIds $ids -Types User
Get-MsolUser $upn
Remove-AzureADUserExtension -ObjectId $u.ObjectId -ExtensionNames $names
