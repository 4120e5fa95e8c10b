# Lists the shared mailboxes nobody has Full Access to. Run by an admin at the console.
$cred = Get-Credential -Message "Exchange Online admin"
$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $exo -DisableNameChecking | Out-Null

if (-not (Get-PSSession | Where-Object { $_.ConfigurationName -like '*.Exchange' -and $_.State -eq 'Opened' })) {
    throw "Not connected to Exchange Online"
}

foreach ($mbx in Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited) {
    $owners = Get-MailboxPermission -Identity $mbx.Identity | Where-Object { $_.AccessRights -contains 'FullAccess' -and -not $_.IsInherited }
    if (-not $owners) { $mbx.PrimarySmtpAddress }
}
