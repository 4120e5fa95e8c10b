# Set-AzureADUserLicense -AssignedLicenses $x, $x built from the AzureAD licence objects: Set-MgUserLicense
# takes its two lists (-AddLicenses, -RemoveLicenses, both required); the objects become hashtables
Import-Module AzureAD
Connect-AzureAD
$skuIds = (Get-AzureADSubscribedSku | Where-Object { $_.SkuPartNumber -in @('ENTERPRISEPACK', 'EMS') }).SkuId
$licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
foreach ($skuId in $skuIds) {
    $license = New-Object Microsoft.Open.AzureAD.Model.AssignedLicense
    $license.SkuId = $skuId
    $licenses.AddLicenses += $license
}
$licenses.RemoveLicenses = $oldSkuId
foreach ($upn in Get-Content .\users.txt) {
    Set-AzureADUserLicense -ObjectId $upn -AssignedLicenses $licenses
}
Disconnect-AzureAD
