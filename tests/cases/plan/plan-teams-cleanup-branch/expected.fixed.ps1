param([switch]$Skype)
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$ExoOrganization = '<tenant>.onmicrosoft.com'

Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
if ($Skype) {
  Connect-MicrosoftTeams -Identity
  Get-CsOnlineUser | Out-Null
}
Get-Mailbox -ResultSize 10 | Out-Null
Disconnect-ExchangeOnline -Confirm:$false
