# Role audit: which role holders are security groups. A role's members are directory objects
# that Graph may return with their id and type only (the role permission does not read groups),
# so SecurityEnabled read from them needs a person; nothing is edited.
Connect-AzureAD
foreach ($role in Get-AzureADDirectoryRole) {
    foreach ($holder in Get-AzureADDirectoryRoleMember -ObjectId $role.ObjectId) {
        if ($holder.SecurityEnabled -eq $true) {
            Write-Output "$($role.DisplayName): group $($holder.DisplayName)"
        }
    }
}
