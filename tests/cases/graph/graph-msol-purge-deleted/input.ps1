# Remove-MsolUser -ObjectId <id> -RemoveFromRecycleBin: the deleted user is purged by its id
Connect-MsolService
$deleted = Import-Csv -Path "$PSScriptRoot\deleted-users.csv"
foreach ($row in $deleted) {
    Remove-MsolUser -ObjectId $row.ObjectId -RemoveFromRecycleBin -Force
    Write-Output "Purged $($row.ObjectId)"
}
Remove-MsolUser -ObjectId '8c5f9a2e-0d1b-4c6a-9f3e-2b7d4e1a6c90' -RemoveFromRecycleBin:$true
