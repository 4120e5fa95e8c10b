# The AzureAD licence list used as text, not only tested: put in a string with "$(...)", and a
# -match result kept as a value. Graph's items have another text: a suggestion naming the read
Connect-AzureAD
$sku = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'SPE_E5').SkuId
foreach ($user in Get-AzureADUser -All $true) {
    Write-Verbose "$($user.UserPrincipalName): $($user.AssignedLicenses)"
    $hasE5 = $user.AssignedLicenses -match $sku
    Write-Output "$($user.UserPrincipalName);$hasE5"
}
