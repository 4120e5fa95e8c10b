# Mailbox sizes; asks the operator who runs it for an admin account.
Connect-ExchangeOnline
Get-EXOMailbox -ResultSize Unlimited | Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize
