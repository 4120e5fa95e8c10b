# A Where-Object block written over several lines whose only statement matches the AzureAD licence
# list's text (a truth value): the SkuIds are compared
Connect-AzureAD
$e5Sku = "06ebc4ee-1bb5-47dd-8120-11324bc54e06"
$e5Users = Get-AzureADUser -All $true | Where-Object {
    $_.AssignedLicenses -match $e5Sku
}
$e5Users | Select-Object DisplayName, UserPrincipalName | Export-Csv .\e5.csv -NoTypeInformation
