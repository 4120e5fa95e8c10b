Import-Module MSOnline
Connect-MsolService -Credential (Get-Credential)
Get-MsolUser -All | Select-Object UserPrincipalName
Connect-MgGraph -ClientId $appId -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint $thumb | Out-Null
