# Creates a room mailbox and lets the reception book it.
Function Main {
	Write-Host "This script creates a room mailbox in Exchange Online" -ForegroundColor Yellow
	Write-Host "Please type the credentials of an Exchange administrator"
	$adminCred = Get-Credential
	$room = Read-Host "Room name (e.g. Room 2.14)"

	$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $adminCred -Authentication Basic -AllowRedirection
	Import-PSSession $session -DisableNameChecking | Out-Null
	New-Mailbox -Name $room -Room | Out-Null
	Add-MailboxPermission -Identity $room -User reception@contoso.com -AccessRights FullAccess | Out-Null
	Remove-PSSession $session
}

Main
