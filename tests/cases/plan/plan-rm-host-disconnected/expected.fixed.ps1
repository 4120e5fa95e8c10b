# Adds the helpdesk group to every room mailbox calendar as Reviewer.
param(
    [string]$Group = "Helpdesk"
)

Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -ShowBanner:$false

$Rooms = Get-EXOMailbox -RecipientTypeDetails RoomMailbox -ResultSize Unlimited
foreach ($Room in $Rooms) {
    Add-MailboxFolderPermission -Identity "$($Room.PrimarySmtpAddress):\Calendar" -User $Group -AccessRights Reviewer -ErrorAction SilentlyContinue
}

Disconnect-ExchangeOnline -Confirm:$false
