# Lists the members of every directory role and whether their account is enabled.
# Connect-AzureAD first.

$roles = Get-AzureADDirectoryRole
foreach ($role in $roles) {
    $members = Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId
    foreach ($member in $members) {
        Write-Output ("{0} - {1} - {2}" -f $role.DisplayName, $member.UserPrincipalName, $member.AccountEnabled)
    }
}
