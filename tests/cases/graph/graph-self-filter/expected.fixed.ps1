# A variable filtered into itself ($skus = $skus | Where-Object ...) keeps some of the objects it held: the
# later reads are still the call's, and are renamed with it
Connect-MgGraph -Scopes 'LicenseAssignment.Read.All' -NoWelcome
$skus = Get-MgSubscribedSku -All
$skus | Where-Object { $_.AppliesTo -eq 'User' } |
    Select-Object 'SkuPartNumber', @{Name = 'ActiveUnits'; Expression = {$_.PrepaidUnits.Enabled}}, 'ConsumedUnits' |
    Export-Csv .\tenant-skus.csv -NoTypeInformation
$skus = $skus | Where-Object { $_.ConsumedUnits -ge 1 } | Sort-Object SkuPartNumber
foreach ($sku in $skus) {
    Write-Output ('{0}: {1} of {2} assigned' -f ($sku | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }), $sku.ConsumedUnits, $sku.PrepaidUnits.Enabled)
}
