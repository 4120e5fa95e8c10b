# Command-mode barewords (contoso:EXCHANGESTANDARD is the string 'contoso:EXCHANGESTANDARD'
# as a command argument) stay strings when the rewrite moves them into an expression
Connect-MsolService
Connect-AzureAD
Set-MsolUserLicense -UserPrincipalName $u -RemoveLicenses contoso:EXCHANGESTANDARD
Set-MsolUserLicense -UserPrincipalName $u -AddLicenses contoso:ENTERPRISEPACK, 'contoso:EMS'
Set-MsolUserLicense -UserPrincipalName $u -AddLicenses contoso:$sku -RemoveLicenses:contoso:STANDARDPACK
Set-MsolUserLicense -UserPrincipalName $u -AddLicenses ($skus) -RemoveLicenses $old
Set-MsolUserPassword -UserPrincipalName $u -NewPassword Pa:ss1 -ForceChangePassword $true
Get-AzureADGroup -SearchString $prefix-team | ForEach-Object { $_.DisplayName }
Add-AzureADGroupMember -ObjectId $g -RefObjectId $id
