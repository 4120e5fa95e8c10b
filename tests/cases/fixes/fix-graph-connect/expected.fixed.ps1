Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property UserPrincipalName, Id | Select-Object UserPrincipalName
Connect-MgGraph -ClientId $appId -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint $thumb | Out-Null
