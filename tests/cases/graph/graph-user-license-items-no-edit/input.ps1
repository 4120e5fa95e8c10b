# A user's licence objects read in ways psauth has no exact Graph form of: service plan states,
# the group that assigned a licence, the objects piped on, a loop variable reassigned, used whole
# or shared with a loop over other objects, a variable holding every licence read at once.
# The file's migration is one unit: nothing is edited.
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
(Get-MsolUser -UserPrincipalName 'ada@contoso.com').Licenses.ServiceStatus
$bob = Get-MsolUser -UserPrincipalName 'bob@contoso.com'
$e3 = $bob.Licenses | Where-Object { $_.AccountSkuId -eq 'contoso:ENTERPRISEPACK' }
$eve = Get-MsolUser -UserPrincipalName 'eve@contoso.com'
foreach ($g in $eve.Licenses) { $g.GroupsAssigningLicense }
$SKUs = @(Get-MsolUser -UserPrincipalName 'joe@contoso.com' | Select-Object -ExpandProperty Licenses)
foreach ($Sku in $SKUs) {
    $Sku = $Sku.AccountSkuId.Split(':')[1]
    Write-Output $Sku
}
$kim = Get-MsolUser -UserPrincipalName 'kim@contoso.com'
foreach ($k in $kim.Licenses) { Write-Output $k }
$joan = Get-MsolUser -UserPrincipalName 'joan@contoso.com'
foreach ($x in $joan.Licenses) { $x.AccountSkuId }
foreach ($x in $otherObjects) { $x.AccountSkuId }
$all = (Get-MsolUser -UserPrincipalName 'ann@contoso.com').Licenses
Write-Output $all.AccountSkuId
