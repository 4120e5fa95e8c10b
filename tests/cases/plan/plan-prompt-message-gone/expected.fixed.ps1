# Creates a room mailbox and lets the reception book it.
Function Main {
	Write-Host "This script creates a room mailbox in Exchange Online" -ForegroundColor Yellow
	$room = Read-Host "Room name (e.g. Room 2.14)"

	Connect-ExchangeOnline -ShowBanner:$false | Out-Null
	New-Mailbox -Name $room -Room | Out-Null
	Add-MailboxPermission -Identity $room -User reception@contoso.com -AccessRights FullAccess | Out-Null
	Disconnect-ExchangeOnline -Confirm:$false
}

Main
