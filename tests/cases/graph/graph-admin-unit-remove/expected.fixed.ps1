# Remove-MsolAdministrativeUnit -ObjectId -Force: Remove-MgDirectoryAdministrativeUnit
# -AdministrativeUnitId (it asks no confirmation unless -Confirm is given)
Connect-MgGraph -Scopes 'AdministrativeUnit.ReadWrite.All' -NoWelcome
foreach ($au in (Import-Csv .\units.csv)) {
    Write-Output "Removing $($au.DisplayName)"
    Remove-MgDirectoryAdministrativeUnit -AdministrativeUnitId $au.ObjectId
}
