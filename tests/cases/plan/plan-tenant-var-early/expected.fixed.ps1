# TODO(psauth): managed-identity sign-in for the rewritten connections.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator

$TenantDomain = 'contoso.onmicrosoft.com'
function Logon {
  Connect-ExchangeOnline -ManagedIdentity -Organization $TenantDomain -ShowBanner:$false
}
Logon
Get-EXOMailbox -ResultSize 10 | Select-Object Name
Disconnect-ExchangeOnline -Confirm:$false
