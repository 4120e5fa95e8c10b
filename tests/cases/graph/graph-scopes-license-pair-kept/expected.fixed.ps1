# Swaps one licence for another on every user who holds it
param([string]$From = 'STANDARDPACK', [string]$To = 'ENTERPRISEPACK')

$skus = Get-MsolAccountSku
$fromSku = $skus | Where-Object { $_.AccountSkuId -like "*:$From" }
$toSku = $skus | Where-Object { $_.AccountSkuId -like "*:$To" }
foreach ($u in Get-MsolUser -All | Where-Object { $_.Licenses.AccountSkuId -contains $fromSku.AccountSkuId }) {
    Set-MsolUserLicense -UserPrincipalName $u.UserPrincipalName -AddLicenses $toSku.AccountSkuId -RemoveLicenses $fromSku.AccountSkuId
}
