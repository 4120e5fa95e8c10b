param([Parameter(Mandatory)] [string]$UserPrincipalName)

Connect-AzureAD -TenantId 'contoso.onmicrosoft.com' -ApplicationId '00000000-1111-2222-3333-444444444444' -CertificateThumbprint 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'

$user = Get-AzureADUser -ObjectId $UserPrincipalName
foreach ($d in Get-AzureADUserRegisteredDevice -ObjectId $user.ObjectId -All $true) {
    Write-Output ("{0}`t{1}" -f $d.DisplayName, $d.DeviceOSType)
}
