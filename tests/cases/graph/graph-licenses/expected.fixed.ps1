# Licensing with MSOnline
Connect-MsolService
$sku = 'contoso:ENTERPRISEPACK'
Set-MsolUserLicense -UserPrincipalName 'ada@contoso.com' -AddLicenses $sku
Set-MsolUserLicense -UserPrincipalName 'bob@contoso.com' -AddLicenses 'contoso:EMS', 'contoso:POWER_BI_PRO' -RemoveLicenses 'contoso:STANDARDPACK'
Get-MsolUser -UnlicensedUsersOnly -All | Set-MsolUserLicense -AddLicenses 'contoso:ENTERPRISEPACK'
Set-AzureADUserLicense -ObjectId $userId -AssignedLicenses $licenses
