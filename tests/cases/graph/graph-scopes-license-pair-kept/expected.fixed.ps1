# Swaps one licence for another on every user who holds it
param([string]$From = 'STANDARDPACK', [string]$To = 'ENTERPRISEPACK')

# psauth: Set-MgUserLicense takes SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns an MSOnline AccountSkuId ('tenant:SKUPARTNUMBER') or a part number into the id.
function ConvertTo-GraphSkuId([string]$AccountSkuId) {
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $part = $AccountSkuId.Split(':')[-1]
    $sku = $script:GraphSubscribedSkus | Where-Object SkuPartNumber -eq $part
    if (-not $sku) { throw "No subscribed SKU '$part' in this tenant" }
    $sku.SkuId
}

# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns a SKU id into the MSOnline AccountSkuId ('AccountName:SkuPartNumber').
function ConvertTo-MsolAccountSkuId([string]$SkuId) {
    if (-not $SkuId) { return }
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId
    if (-not $sku) { throw "No subscribed SKU '$SkuId' in this tenant" }
    $sku.AccountName + ':' + $sku.SkuPartNumber
}

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All', 'User.Read.All' -NoWelcome
$skus = Get-MgSubscribedSku -All
$fromSku = $skus | Where-Object { ($_ | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) -like "*:$From" }
$toSku = $skus | Where-Object { ($_ | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) -like "*:$To" }
foreach ($u in Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id | Where-Object { ($_.AssignedLicenses.SkuId | ForEach-Object { ConvertTo-MsolAccountSkuId $_ }) -contains ($fromSku | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) }) {
    Set-MgUserLicense -UserId $u.UserPrincipalName -AddLicenses @(($toSku | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) | ForEach-Object { @{SkuId = ConvertTo-GraphSkuId $_} }) -RemoveLicenses @(($fromSku | ForEach-Object { if ($_) { $_.AccountName + ':' + $_.SkuPartNumber } }) | ForEach-Object { ConvertTo-GraphSkuId $_ })
}
