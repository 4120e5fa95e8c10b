Connect-MgGraph -ClientId $env:APP_ID -TenantId $env:TENANT_ID -CertificateThumbprint $env:CERT_THUMB -NoWelcome
Connect-AzureAD

$upn = Read-Host 'User to disable'
Set-AzureADUser -ObjectId $upn -AccountEnabled $false
