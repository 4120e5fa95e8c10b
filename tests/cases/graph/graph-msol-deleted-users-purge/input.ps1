# Purge the recycle bin: MSOnline's deleted users (-ReturnDeletedUsers) are Graph's deleted items
# (Get-MgDirectoryDeletedItemAsUser), each purged by its object id.
Connect-MsolService
$deleted = Get-MsolUser -ReturnDeletedUsers -All
Write-Output "$($deleted.Count) users in the recycle bin"
foreach ($u in $deleted) {
    Write-Output "Purging $($u.DisplayName) ($($u.ObjectId))"
    Remove-MsolUser -ObjectId $u.ObjectId -RemoveFromRecycleBin -Force
}
