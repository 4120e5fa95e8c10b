# Converts the migrated mailboxes to shared once the overnight move batch is complete.
$AdminUpn = Read-Host -Prompt 'Exchange Online administrator'
Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowBanner:$false | Out-Null
Write-Output "Started by $($AdminUpn)"
Start-Sleep -Seconds 1800
Get-Mailbox -RecipientTypeDetails UserMailbox -Filter "CustomAttribute5 -eq 'convert'" | Set-Mailbox -Type Shared
Disconnect-ExchangeOnline -Confirm:$false
