# Members read by id only: the id and type come back whatever the permissions, so the
# scopes stay the call's own (no User.Read.All)
Connect-AzureAD
$role = Get-AzureADDirectoryRole | Where-Object { $_.DisplayName -eq 'Global Administrator' }
$ids = Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId | ForEach-Object { $_.ObjectId }
$ids | Out-File admins.txt
