# Nightly job: disable a leaver and list the devices registered to them (app-only, certificate)
param([string]$Leaver)
Connect-AzureAD -TenantId $env:TENANT_ID -ApplicationId $env:APP_ID -CertificateThumbprint $env:CERT_THUMBPRINT
Set-AzureADUser -ObjectId $Leaver -AccountEnabled $false
Revoke-AzureADUserAllRefreshToken -ObjectId $Leaver
Get-AzureADUserRegisteredDevice -ObjectId $Leaver
