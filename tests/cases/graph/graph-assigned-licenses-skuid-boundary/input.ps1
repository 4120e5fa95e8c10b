# Boundary: a read of the licences' SkuId (not the list's text) was already exact and stays so
Connect-AzureAD
$sku = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'SPE_E5').SkuId
$e5 = Get-AzureADUser -All $true | Where-Object { $_.AssignedLicenses.SkuId -contains $sku }
$e5 | Select-Object DisplayName, UserPrincipalName | Export-Csv .\e5-users.csv -NoTypeInformation
