# MSOnline licence reads: AccountSkuId is AccountName:SkuPartNumber, Graph's subscribedSku
# has accountName and skuPartNumber; AccountObjectId is accountId (Get-EntraAccountSku)
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$skus = Get-MsolAccountSku
foreach ($sku in $skus) {
    Write-Host $sku.AccountSkuId $sku.ActiveUnits $sku.ConsumedUnits $sku.AccountName $sku.AccountObjectId
}
$e3 = Get-MsolAccountSku | Where-Object { $_.AccountSkuId -like '*:ENTERPRISEPACK' }
Get-MsolAccountSku | Select-Object AccountSkuId, ConsumedUnits
(Get-MsolAccountSku).AccountSkuId
# no edit: ServiceStatus has no exact Graph equivalent, so this call stays a suggestion
$plans = (Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -eq 'EMS' }).ServiceStatus
