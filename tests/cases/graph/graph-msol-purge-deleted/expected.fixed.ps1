# Remove-MsolUser -ObjectId <id> -RemoveFromRecycleBin: the deleted user is purged by its id
Connect-MgGraph -Scopes 'User.DeleteRestore.All' -NoWelcome
$deleted = Import-Csv -Path "$PSScriptRoot\deleted-users.csv"
foreach ($row in $deleted) {
    Remove-MgDirectoryDeletedItem -DirectoryObjectId $row.ObjectId
    Write-Output "Purged $($row.ObjectId)"
}
Remove-MgDirectoryDeletedItem -DirectoryObjectId '8c5f9a2e-0d1b-4c6a-9f3e-2b7d4e1a6c90'
