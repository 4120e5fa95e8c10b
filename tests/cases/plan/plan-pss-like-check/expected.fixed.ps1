# Lists the shared mailboxes nobody has Full Access to. Run by an admin at the console.
Connect-ExchangeOnline -ShowBanner:$false | Out-Null

if (-not (Get-ConnectionInformation | Where-Object State -eq 'Connected')) {
    throw "Not connected to Exchange Online"
}

foreach ($mbx in Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited) {
    $owners = Get-MailboxPermission -Identity $mbx.Identity | Where-Object { $_.AccessRights -contains 'FullAccess' -and -not $_.IsInherited }
    if (-not $owners) { $mbx.PrimarySmtpAddress }
}
