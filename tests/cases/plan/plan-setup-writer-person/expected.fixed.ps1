# Sets the out-of-office reply of one mailbox.

Connect-ExchangeOnline -UserPrincipalName "helpdesk-admin@contoso.com" -ShowBanner:$false
$Mailbox = Read-Host "Mailbox"
Set-MailboxAutoReplyConfiguration -Identity $Mailbox -AutoReplyState Enabled -InternalMessage "I am out of the office."
Disconnect-ExchangeOnline -Confirm:$false
