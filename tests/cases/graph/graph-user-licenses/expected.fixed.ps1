# A user's licences read as AccountSkuId strings: Graph users hold SKU ids (AssignedLicenses.SkuId),
# turned back into 'AccountName:SkuPartNumber' through the tenant's SKUs, read once
# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns a SKU id into the MSOnline AccountSkuId ('AccountName:SkuPartNumber').
function ConvertTo-MsolAccountSkuId([string]$SkuId) {
    if (-not $SkuId) { return }
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId
    if (-not $sku) { throw "No subscribed SKU '$SkuId' in this tenant" }
    $sku.AccountName + ':' + $sku.SkuPartNumber
}

Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$users = Get-MgUser -All -Property UserPrincipalName, AssignedLicenses, Id
foreach ($u in $users) {
    Write-Output ($u.UserPrincipalName + ' ' + (($u.AssignedLicenses.SkuId | ForEach-Object { ConvertTo-MsolAccountSkuId $_ }) -join ';'))
}
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id | Where-Object { ($_.AssignedLicenses.SkuId | ForEach-Object { ConvertTo-MsolAccountSkuId $_ }) -contains 'contoso:ENTERPRISEPACK' } | Select-Object UserPrincipalName
# no edit: .Licenses read whole (its objects have no Graph equivalent)
$one = Get-MsolUser -UserPrincipalName 'ada@contoso.com'
$one.Licenses | ForEach-Object { $_.ServiceStatus }
