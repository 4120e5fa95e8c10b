# Lists the shared mailboxes and their sizes
$adminUPN = Read-Host -Prompt "Enter Admin UPN"
Connect-ExchangeOnline -UserPrincipalName $adminUPN -ShowBanner:$false

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize
Disconnect-ExchangeOnline -Confirm:$false
