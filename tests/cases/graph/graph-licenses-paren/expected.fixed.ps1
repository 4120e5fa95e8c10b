# ($user.Licenses).AccountSkuId: the licence read in parentheses, then its AccountSkuId strings
# (Graph users hold SKU ids, turned back into 'AccountName:SkuPartNumber')
# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns a SKU id into the MSOnline AccountSkuId ('AccountName:SkuPartNumber').
function ConvertTo-MsolAccountSkuId([string]$SkuId) {
    if (-not $SkuId) { return }
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId
    if (-not $sku) { throw "No subscribed SKU '$SkuId' in this tenant" }
    $sku.AccountName + ':' + $sku.SkuPartNumber
}

Connect-MgGraph -Scopes 'LicenseAssignment.Read.All', 'User.Read.All' -NoWelcome
$sku = 'contoso:ENTERPRISEPACK'
$users = Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id | Where-Object { (($_.AssignedLicenses.SkuId | ForEach-Object { ConvertTo-MsolAccountSkuId $_ })) -match $sku }
foreach ($u in $users) { Write-Output $u.UserPrincipalName }
