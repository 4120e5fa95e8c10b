param()
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Microsoft Graph: LicenseAssignment.Read.All
$ExoOrganization = '<tenant>.onmicrosoft.com'

function Logon {
  Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
  Connect-MgGraph -Identity -NoWelcome
}
Logon
# set after the connection, from MSOnline
$sku = Get-MgSubscribedSku -All
$TenantDomain = $sku[0].AccountName + '.onmicrosoft.com'
Get-Mailbox -ResultSize 10 | Select-Object Name, @{n='Tenant';e={$TenantDomain}}
Disconnect-ExchangeOnline -Confirm:$false
