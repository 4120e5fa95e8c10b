# Azure Automation runbook: the schedule passes the credential asset as -Credential.
param()
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoOrganization = '<tenant>.onmicrosoft.com'

$Domain = Get-AutomationVariable -Name 'AcceptedDomain'
Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Filter "EmailAddresses -like '*@$Domain'" | Select-Object DisplayName, PrimarySmtpAddress
Disconnect-ExchangeOnline -Confirm:$false
