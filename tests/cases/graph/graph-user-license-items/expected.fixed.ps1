# A user's licence objects read one by one: in a foreach over .Licenses, through a variable
# (Select-Object -ExpandProperty Licenses, alone or in @()), or three deep (.Licenses.AccountSku.SkuPartNumber);
# .Licenses.Count is the number of Graph AssignedLicenses.
# Graph users hold assignedLicense objects (SkuId); each read turns the SKU id back into the
# MSOnline value through the tenant's SKUs: AccountSkuId is 'AccountName:SkuPartNumber'.
# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns a SKU id into the MSOnline AccountSkuId ('AccountName:SkuPartNumber').
function ConvertTo-MsolAccountSkuId([string]$SkuId) {
    if (-not $SkuId) { return }
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId
    if (-not $sku) { throw "No subscribed SKU '$SkuId' in this tenant" }
    $sku.AccountName + ':' + $sku.SkuPartNumber
}

# psauth: Graph users hold SKU ids; this reads the tenant's SKUs once (Get-MgSubscribedSku)
# and turns a SKU id into its part number (MSOnline's AccountSku.SkuPartNumber).
function ConvertTo-MsolSkuPartNumber([string]$SkuId) {
    if (-not $SkuId) { return }
    if (-not $script:GraphSubscribedSkus) { $script:GraphSubscribedSkus = Get-MgSubscribedSku -All }
    $sku = $script:GraphSubscribedSkus | Where-Object SkuId -eq $SkuId
    if (-not $sku) { throw "No subscribed SKU '$SkuId' in this tenant" }
    $sku.SkuPartNumber
}

Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$users = Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id
foreach ($user in $users) {
    foreach ($userlicense in $user.AssignedLicenses) {
        if ((ConvertTo-MsolAccountSkuId $userlicense.SkuId) -eq 'contoso:ENTERPRISEPACK') {
            Write-Output "$($user.UserPrincipalName) $((ConvertTo-MsolSkuPartNumber $userlicense.SkuId))"
        }
    }
}
$one = Get-MgUser -UserId 'ada@contoso.com' -Property AssignedLicenses, Id
if (-not (($one.AssignedLicenses.SkuId | ForEach-Object { ConvertTo-MsolSkuPartNumber $_ })).Contains('EMS')) { Write-Output 'no EMS' }
Write-Output "$($one.AssignedLicenses.Count) licences"
$licenses = Get-MgUser -UserId 'bob@contoso.com' -Property AssignedLicenses, Id | Select-Object -ExpandProperty AssignedLicenses
foreach ($license in $licenses) {
    Write-Output "removing $((ConvertTo-MsolSkuPartNumber $license.SkuId)) ($((ConvertTo-MsolAccountSkuId $license.SkuId)))"
}
$skus = @(Get-MgUser -UserId 'eve@contoso.com' -Property AssignedLicenses, Id | Select-Object -ExpandProperty 'AssignedLicenses')
foreach ($sku in $skus) { (ConvertTo-MsolAccountSkuId $sku.SkuId).Split(':')[1] }
$held = $one.AssignedLicenses
foreach ($l in $held) { (ConvertTo-MsolAccountSkuId $l.SkuId) }
