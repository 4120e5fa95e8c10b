# foreach ($user in $rows) { $user = Get-MsolUser ... }: the reassigned loop variable's .Licenses and .AccountSkuId reads are the legacy objects' (nothing is edited)
Connect-MsolService
$rows = Import-Csv .\users.csv
foreach ($user in $rows) {
  $user = Get-MsolUser -UserPrincipalName $user.UserPrincipalName -ErrorAction Stop
  $skus = @($user.Licenses)
  foreach ($sku in $skus) {
    if ($sku.AccountSkuId -ne "contoso:EXCHANGEDESKLESS") { continue }
    Write-Output $user.UserPrincipalName
  }
}
