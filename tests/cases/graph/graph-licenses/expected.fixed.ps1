# Licensing with MSOnline
# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.
function ConvertTo-GraphSkuId([string]$AccountSkuId) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $sku.SkuId
}

Connect-MsolService
$sku = 'contoso:ENTERPRISEPACK'
Set-MgUserLicense -UserId 'ada@contoso.com' -AddLicenses @($sku | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @()
Set-MgUserLicense -UserId 'bob@contoso.com' -AddLicenses @('contoso:EMS', 'contoso:POWER_BI_PRO' | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @('contoso:STANDARDPACK' | ForEach-Object { ConvertTo-GraphSkuId $_ })
Get-MgUser -All -Property AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | ForEach-Object { Set-MgUserLicense -UserId $_.Id -AddLicenses @('contoso:ENTERPRISEPACK' | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @() }
Set-AzureADUserLicense -ObjectId $userId -AssignedLicenses $licenses
