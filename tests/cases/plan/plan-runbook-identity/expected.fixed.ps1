<#
    Azure Automation runbook: mailbox and Teams inventory, mailed to the
    messaging team every Monday.
#>
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$ExoOrganization = '<tenant>.onmicrosoft.com'

$Recipient = Get-AutomationVariable -Name 'ReportRecipient'

Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
$mailboxes = Get-EXOMailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress

Connect-MicrosoftTeams -Identity
$teams = Get-Team | Select-Object DisplayName

$body = "Mailboxes: $($mailboxes.Count); Teams: $($teams.Count)"
Disconnect-ExchangeOnline -Confirm:$false
Disconnect-MicrosoftTeams
