# Purge the recycle bin: MSOnline's deleted users (-ReturnDeletedUsers) are Graph's deleted items
# (Get-MgDirectoryDeletedItemAsUser), each purged by its object id.
Connect-MgGraph -Scopes 'User.DeleteRestore.All', 'User.Read.All' -NoWelcome
$deleted = Get-MgDirectoryDeletedItemAsUser -All -Property DisplayName, Id
Write-Output "$($deleted.Count) users in the recycle bin"
foreach ($u in $deleted) {
    Write-Output "Purging $($u.DisplayName) ($($u.Id))"
    Remove-MgDirectoryDeletedItem -DirectoryObjectId $u.Id
}
