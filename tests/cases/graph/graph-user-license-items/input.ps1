# A user's licence objects read one by one: in a foreach over .Licenses, through a variable
# (Select-Object -ExpandProperty Licenses, alone or in @()), or three deep (.Licenses.AccountSku.SkuPartNumber);
# .Licenses.Count is the number of Graph AssignedLicenses.
# Graph users hold assignedLicense objects (SkuId); each read turns the SKU id back into the
# MSOnline value through the tenant's SKUs: AccountSkuId is 'AccountName:SkuPartNumber'.
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$users = Get-MsolUser -All
foreach ($user in $users) {
    foreach ($userlicense in $user.Licenses) {
        if ($userlicense.AccountSkuId -eq 'contoso:ENTERPRISEPACK') {
            Write-Output "$($user.UserPrincipalName) $($userlicense.AccountSku.SkuPartNumber)"
        }
    }
}
$one = Get-MsolUser -UserPrincipalName 'ada@contoso.com'
if (-not ($one.Licenses.AccountSku.SkuPartNumber).Contains('EMS')) { Write-Output 'no EMS' }
Write-Output "$($one.Licenses.Count) licences"
$licenses = Get-MsolUser -UserPrincipalName 'bob@contoso.com' | Select-Object -ExpandProperty Licenses
foreach ($license in $licenses) {
    Write-Output "removing $($license.AccountSku.SkuPartNumber) ($($license.AccountSkuId))"
}
$skus = @(Get-MsolUser -UserPrincipalName 'eve@contoso.com' | Select-Object -ExpandProperty 'Licenses')
foreach ($sku in $skus) { $sku.AccountSkuId.Split(':')[1] }
$held = $one.Licenses
foreach ($l in $held) { $l.AccountSkuId }
