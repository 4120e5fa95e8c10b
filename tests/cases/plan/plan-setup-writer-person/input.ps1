# Sets the out-of-office reply of one mailbox.
# Store the admin credential, then load it
$AdminPrompt = Get-Credential -UserName "helpdesk-admin@contoso.com" -Message "Exchange admin"
$AdminPrompt | Export-Clixml -Path "$env:USERPROFILE\exo-admin.xml"
$AdminCred = Import-Clixml -Path "$env:USERPROFILE\exo-admin.xml"

Connect-ExchangeOnline -Credential $AdminCred -ShowBanner:$false
$Mailbox = Read-Host "Mailbox"
Set-MailboxAutoReplyConfiguration -Identity $Mailbox -AutoReplyState Enabled -InternalMessage "I am out of the office."
Disconnect-ExchangeOnline -Confirm:$false
