# Guests among the members of the admin roles. Graph's member cmdlets return directory
# objects with a subset of a user's properties (Microsoft's getByIds and member pages:
# userType is not among them), so $m.UserType has no exact Graph form here and the
# file stays as it is, with a suggestion.
Connect-AzureAD
foreach ($role in Get-AzureADDirectoryRole) {
    $members = Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId
    foreach ($m in $members) {
        if ($m.UserType -eq 'Guest') {
            Write-Output ("{0} is a guest in {1}" -f $m.DisplayName, $role.DisplayName)
        }
    }
}
