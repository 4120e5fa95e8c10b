# A variable passed into itself through commands that compare whole objects (Select-Object -Unique, a
# Sort-Object without a property) may not keep the same objects with Graph's: the reads after it are not
# followed, and nothing is edited
Connect-MsolService
$skus = Get-MsolAccountSku
$skus = $skus | Select-Object -Unique
foreach ($sku in $skus) {
    Write-Output ('{0}: {1} of {2} assigned' -f $sku.AccountSkuId, $sku.ConsumedUnits, $sku.ActiveUnits)
}
$plans = Get-MsolAccountSku
$plans = $plans | Sort-Object
$plans | ForEach-Object { $_.AccountSkuId }
