# Takes one licence back; the body names only the licences to remove
param([string]$Upn, [string]$SkuId)

Connect-AzureAD
$body = @{ RemoveLicenses = @($SkuId) }
Set-AzureADUserLicense -ObjectId $Upn -AssignedLicenses $body
