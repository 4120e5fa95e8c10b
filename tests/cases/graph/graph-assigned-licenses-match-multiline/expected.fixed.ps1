# A Where-Object block written over several lines whose only statement matches the AzureAD licence
# list's text (a truth value): the SkuIds are compared
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$e5Sku = "06ebc4ee-1bb5-47dd-8120-11324bc54e06"
$e5Users = Get-MgUser -All -Property AssignedLicenses, DisplayName, UserPrincipalName, Id | Where-Object {
    @($_.AssignedLicenses.SkuId) -match $e5Sku
}
$e5Users | Select-Object DisplayName, UserPrincipalName | Export-Csv .\e5.csv -NoTypeInformation
