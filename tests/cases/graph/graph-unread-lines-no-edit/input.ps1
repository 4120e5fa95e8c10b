# The property list continues with backticks after a calculated property, which psauth's parser cannot
# read (lines 8-9): the names there (ObjectId, ObjectType) are reads of the call's objects psauth cannot
# see, so the call needs a person and the connection stays (nothing is edited)
Connect-AzureAD
$roleIds = Get-Content .\role-ids.txt
foreach ($roleId in $roleIds) {
    Get-AzureADDirectoryRoleMember -ObjectId $roleId | Select-Object `
        @{Name = 'RoleId'; Expression = { $roleId }}, `
        ObjectId, DisplayName, ObjectType
}
