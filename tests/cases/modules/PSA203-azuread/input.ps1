# AzureAD and AzureADPreview
Install-Module AzureAD -Scope CurrentUser
Import-Module -Name 'AzureADPreview'
Update-Module -Name AzureAD

$appId = '11111111-2222-3333-4444-555555555555'
$thumb = '0123456789ABCDEF'
Connect-AzureAD -CertificateThumbprint $thumb -ApplicationId $appId -TenantId 'contoso.onmicrosoft.com'

$cred = Get-Credential
AzureAD\Connect-AzureAD -Credential $cred
Get-AzureADUser -ObjectId 'adele@contoso.com' | Select-Object DisplayName
