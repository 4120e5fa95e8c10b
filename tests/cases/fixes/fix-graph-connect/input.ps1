Import-Module MSOnline
Connect-MsolService -Credential (Get-Credential)
Get-MsolUser -All | Select-Object UserPrincipalName
Connect-AzureAD -TenantId 'contoso.onmicrosoft.com' -ApplicationId $appId -CertificateThumbprint $thumb | Out-Null
