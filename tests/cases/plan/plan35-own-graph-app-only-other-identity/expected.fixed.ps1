Connect-MgGraph -ClientId $env:APP_ID -TenantId $env:TENANT_ID -CertificateThumbprint $env:CERT_THUMB -NoWelcome
Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome

$upn = Read-Host 'User to disable'
Update-MgUser -UserId $upn -AccountEnabled:$false
