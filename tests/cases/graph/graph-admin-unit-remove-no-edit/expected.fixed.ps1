# A partner's -TenantId has no per-call equivalent in Graph PowerShell: nothing is edited.
Connect-MsolService
$tenant = '0f6a3c2e-1c4b-4a57-9a3e-0d1f2b3c4d5e'
foreach ($au in (Import-Csv .\units.csv)) {
    Remove-MsolAdministrativeUnit -ObjectId $au.ObjectId -TenantId $tenant -Force
}
