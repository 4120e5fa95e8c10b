# Hides the finance team's shared mailboxes from the address book.
Connect-ExchangeOnline -ShowBanner:$false

$boxes = Get-Mailbox -RecipientTypeDetails SharedMailbox -Filter "Department -eq 'Finance'"
foreach ($b in $boxes) {
    Set-Mailbox -Identity $b.Identity -HiddenFromAddressListsEnabled $true
}
Disconnect-ExchangeOnline -Confirm:$false
