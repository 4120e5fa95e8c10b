# A variable filtered into itself ($skus = $skus | Where-Object ...) keeps some of the objects it held: the
# later reads are still the call's, and are renamed with it
Connect-MsolService
$skus = Get-MsolAccountSku
$skus | Where-Object { $_.TargetClass -eq 'User' } |
    Select-Object SkuPartNumber, ActiveUnits, ConsumedUnits |
    Export-Csv .\tenant-skus.csv -NoTypeInformation
$skus = $skus | Where-Object { $_.ConsumedUnits -ge 1 } | Sort-Object SkuPartNumber
foreach ($sku in $skus) {
    Write-Output ('{0}: {1} of {2} assigned' -f $sku.AccountSkuId, $sku.ConsumedUnits, $sku.ActiveUnits)
}
