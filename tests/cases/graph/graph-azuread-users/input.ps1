# Guest review, AzureAD with an app certificate
Connect-AzureAD -TenantId $tenantId -ApplicationId $appId -CertificateThumbprint $thumbprint
$tenant = Get-AzureADTenantDetail
Write-Host "Connected to $($tenant.DisplayName)"
$guests = Get-AzureADUser -All $true -Filter "UserType eq 'Guest'"
foreach ($g in $guests) {
    if ($g.AccountEnabled -and -not $g.Mobile) {
        Set-AzureADUser -ObjectId $g.ObjectId -AccountEnabled $false
    }
}
$me = Get-AzureADUser -ObjectId 'ada@contoso.com'
Set-AzureADUser -ObjectId $me.ObjectId -Department 'Finance' -TelephoneNumber '+1 555 0100'
Get-AzureADUser -SearchString $name | Select-Object DisplayName, UserPrincipalName
Get-AzureADSubscribedSku | Select-Object SkuPartNumber, ConsumedUnits
$session = Get-AzureADCurrentSessionInfo
Write-Host "Signed in as $($session.Account) in $($session.TenantId)"
Disconnect-AzureAD
