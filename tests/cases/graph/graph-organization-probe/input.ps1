# The tenant read only as a connection probe (its output discarded): nothing of the
# organization is read, so the scopes ask for User.Read (GET /organization), not Organization.Read.All
try { Get-AzureADTenantDetail | Out-Null }
catch { Connect-AzureAD | Out-Null }
Get-AzureADGroup -All $true | Select-Object DisplayName, Mail
