# Export the tenant's guest users, one file per tenant
$aad = Connect-AzureAD
$outFile = "guests-$($aad.TenantDomain).csv"
Get-AzureADUser -All $true -Filter "UserType eq 'Guest'" |
    Select-Object DisplayName, Mail |
    Export-Csv -Path $outFile -NoTypeInformation
