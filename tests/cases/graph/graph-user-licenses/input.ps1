# A user's licences read as AccountSkuId strings: Graph users hold SKU ids (AssignedLicenses.SkuId),
# turned back into 'AccountName:SkuPartNumber' through the tenant's SKUs, read once
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$users = Get-MsolUser -All
foreach ($u in $users) {
    Write-Output ($u.UserPrincipalName + ' ' + ($u.Licenses.AccountSkuId -join ';'))
}
Get-MsolUser -All | Where-Object { $_.Licenses.AccountSkuId -contains 'contoso:ENTERPRISEPACK' } | Select-Object UserPrincipalName
# no edit: .Licenses read whole (its objects have no Graph equivalent)
$one = Get-MsolUser -UserPrincipalName 'ada@contoso.com'
$one.Licenses | ForEach-Object { $_.ServiceStatus }
