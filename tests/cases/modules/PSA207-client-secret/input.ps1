# App sign-in with client secrets
$appId = '11111111-2222-3333-4444-555555555555'
$tenantId = '99999999-8888-7777-6666-555555555555'
$secret = Get-Secret -Name 'AppSecret'

# SharePoint ACS app-only
Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId $appId -ClientSecret (Get-Secret -Name 'AcsSecret' -AsPlainText)

# Microsoft Graph: -Credential is an alias of -ClientSecretCredential
$appCred = New-Object System.Management.Automation.PSCredential ($appId, $secret)
Connect-MgGraph -TenantId $tenantId -Credential $appCred
$graph = @{ TenantId = $tenantId; SecretCredential = $appCred; NoWelcome = $true }
Connect-Graph @graph
Connect-MgGraph -EnvironmentVariable

# Azure service principal with a secret
Connect-AzAccount -ServicePrincipal -Credential $appCred -Tenant $tenantId
