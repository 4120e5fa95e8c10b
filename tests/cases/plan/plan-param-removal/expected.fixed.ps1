# Report of mailbox rules; credentials can be given for scheduled runs.
param (
[string] $Mailbox = $null,
[Switch] $ExcludeGuests
)
Connect-ExchangeOnline
if (!$ExcludeGuests.IsPresent) { Get-InboxRule -Mailbox $Mailbox }
