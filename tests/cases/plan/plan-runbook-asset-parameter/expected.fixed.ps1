<#
.SYNOPSIS
    Reports mailbox sizes of shared mailboxes.
.PARAMETER Threshold
    Size in GB above which a mailbox is reported.
#>
param(
    [int]$Threshold = 40
)

# TODO(psauth): managed-identity sign-in for the rewritten connections.
# The placeholders fail until they are filled in.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoOrganization = '<tenant>.onmicrosoft.com'

Connect-ExchangeOnline -ManagedIdentity -Organization $ExoOrganization -ShowBanner:$false
Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | ForEach-Object {
    $s = Get-EXOMailboxStatistics -Identity $_.UserPrincipalName
    if ($s.TotalItemSize.Value.ToGB() -gt $Threshold) { Write-Output "$($_.UserPrincipalName): $($s.TotalItemSize)" }
}
Disconnect-ExchangeOnline -Confirm:$false
