# MSOnline licence reads: AccountSkuId is AccountName:SkuPartNumber, Graph's subscribedSku
# has accountName and skuPartNumber; AccountObjectId is accountId (Get-EntraAccountSku)
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$skus = Get-MgSubscribedSku -All
foreach ($sku in $skus) {
    Write-Host ($sku | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) $sku.PrepaidUnits.Enabled $sku.ConsumedUnits $sku.AccountName $sku.AccountId
}
$e3 = Get-MgSubscribedSku -All | Where-Object { ($_ | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) -like '*:ENTERPRISEPACK' }
Get-MgSubscribedSku -All | Select-Object @{Name = 'AccountSkuId'; Expression = {($_ | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } })}}, 'ConsumedUnits'
((Get-MgSubscribedSku -All) | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } })
# no edit: ServiceStatus has no exact Graph equivalent, so this call stays a suggestion
$plans = (Get-MsolAccountSku | Where-Object { $_.SkuPartNumber -eq 'EMS' }).ServiceStatus
