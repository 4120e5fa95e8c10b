# Converts the migrated mailboxes to shared once the overnight move batch is complete.
$AdminCredential = Get-Credential -Message 'Exchange Online administrator'
Write-Output "Started by $($AdminCredential.UserName)"
Start-Sleep -Seconds 1800
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCredential -Authentication Basic -AllowRedirection
Import-PSSession $session -DisableNameChecking | Out-Null
Get-Mailbox -RecipientTypeDetails UserMailbox -Filter "CustomAttribute5 -eq 'convert'" | Set-Mailbox -Type Shared
Remove-PSSession $session
