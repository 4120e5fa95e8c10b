# The property list continues with backticks after a calculated property (lines 8-9; read since
# session 13): DirSyncEnabled there is a read of the call's objects with no Graph property of that
# name, so the call needs a person and the connection stays (nothing is edited)
Connect-AzureAD
$roleIds = Get-Content .\role-ids.txt
foreach ($roleId in $roleIds) {
    Get-AzureADDirectoryRoleMember -ObjectId $roleId | Select-Object `
        @{Name = 'RoleId'; Expression = { $roleId }}, `
        ObjectId, DisplayName, DirSyncEnabled
}
