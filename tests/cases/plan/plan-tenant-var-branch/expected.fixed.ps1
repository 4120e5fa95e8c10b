param([switch]$Production)
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoOrganization = '<tenant>.onmicrosoft.com'

# the tenant is set for production runs only
if ($Production) { $tenantDomain = 'contoso.onmicrosoft.com' }
Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -ResultSize 10 | Select-Object Name
Disconnect-ExchangeOnline -Confirm:$false
