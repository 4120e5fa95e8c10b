# Boundary: a read of the licences' SkuId (not the list's text) was already exact and stays so
Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'User.Read.All' -NoWelcome
$sku = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'SPE_E5').SkuId
$e5 = Get-MgUser -All -Property AssignedLicenses, DisplayName, UserPrincipalName, Id | Where-Object { $_.AssignedLicenses.SkuId -contains $sku }
$e5 | Select-Object DisplayName, UserPrincipalName | Export-Csv .\e5-users.csv -NoTypeInformation
