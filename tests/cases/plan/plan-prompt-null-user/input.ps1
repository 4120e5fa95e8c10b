# Mailbox sizes; asks the operator who runs it for an admin account.
$Credential = Get-Credential -Credential $null
Connect-ExchangeOnline -Credential $Credential
Get-EXOMailbox -ResultSize Unlimited | Get-EXOMailboxStatistics | Select-Object DisplayName, TotalItemSize
