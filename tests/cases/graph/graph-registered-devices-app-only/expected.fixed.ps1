# Nightly job: disable a leaver and list the devices registered to them (app-only, certificate)
param([string]$Leaver)
Connect-MgGraph -ClientId $env:APP_ID -TenantId $env:TENANT_ID -CertificateThumbprint $env:CERT_THUMBPRINT
Update-MgUser -UserId $Leaver -AccountEnabled:$false
Revoke-MgUserSignInSession -UserId $Leaver
Get-MgUserRegisteredDeviceAsDevice -UserId $Leaver
