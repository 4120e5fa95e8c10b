# Lists the shared mailboxes and their sizes
$adminUPN = Read-Host -Prompt "Enter Admin UPN"
$userCredential = Get-Credential -UserName $adminUPN -Message "Type your password."
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $userCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking

Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Get-MailboxStatistics | Select-Object DisplayName, TotalItemSize
Remove-PSSession $Session
