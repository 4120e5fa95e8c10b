# Remove-MsolAdministrativeUnit -ObjectId -Force: Remove-MgDirectoryAdministrativeUnit
# -AdministrativeUnitId (it asks no confirmation unless -Confirm is given)
Connect-MsolService
foreach ($au in (Import-Csv .\units.csv)) {
    Write-Output "Removing $($au.DisplayName)"
    Remove-MsolAdministrativeUnit -ObjectId $au.ObjectId -Force
}
