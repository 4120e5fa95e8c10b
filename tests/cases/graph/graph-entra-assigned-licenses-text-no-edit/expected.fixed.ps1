# --target entra: Get-EntraUser's AssignedLicenses items are Microsoft Graph's objects, whose text
# psauth does not know, so a filter matching the list's text needs a person
Connect-AzureAD
$skuId = (Get-AzureADSubscribedSku | Where-Object { $_.SkuPartNumber -eq 'ENTERPRISEPACK' }).SkuId
$e3Users = Get-AzureADUser -All $true | Where-Object { $_.AssignedLicenses -match $skuId }
$e3Users | Select-Object DisplayName, UserPrincipalName
