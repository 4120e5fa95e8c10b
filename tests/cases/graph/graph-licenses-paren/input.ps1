# ($user.Licenses).AccountSkuId: the licence read in parentheses, then its AccountSkuId strings
# (Graph users hold SKU ids, turned back into 'AccountName:SkuPartNumber')
Connect-MsolService
$sku = 'contoso:ENTERPRISEPACK'
$users = Get-MsolUser -All | Where-Object { ($_.Licenses).AccountSkuId -match $sku }
foreach ($u in $users) { Write-Output $u.UserPrincipalName }
