# Report the five newest mailboxes
. "$PSScriptRoot\input.helpers.ps1"
ExchangeOnlineManagement\Connect-ExchangeOnline -ShowBanner:$false | Out-Null
Get-Mailbox -ResultSize Unlimited | Sort-Object WhenCreated -Descending | Select-Object -First 5 DisplayName, WhenCreated
Disconnect-ExchangeOnline -Confirm:$false
