<#
.SYNOPSIS
    Applies the Sales retention policy to the department's mailboxes (Azure Automation, daily schedule).
.PARAMETER Department
    The department whose mailboxes get the policy.
#>
param(
    [string]$Department = 'Sales'
)
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoOrganization = '<tenant>.onmicrosoft.com'

$Policy = Get-AutomationVariable -Name 'SalesRetentionPolicy'

Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -Filter "Department -eq '$Department'" -ResultSize Unlimited |
    ForEach-Object { Set-Mailbox -Identity $_.UserPrincipalName -RetentionPolicy $Policy }
Disconnect-ExchangeOnline -Confirm:$false
