# Moves the mailboxes of the migration batch after the night's sync window.
Connect-ExchangeOnline -ShowBanner:$false | Out-Null
$BatchFile = 'C:\Migration\batch.csv'

Write-Host "Waiting 15 minutes for the directory sync to finish..."
Start-Sleep -Seconds 900

Import-Csv $BatchFile | ForEach-Object {
    Set-Mailbox -Identity $_.UserPrincipalName -CustomAttribute1 'Batch7'
}
Disconnect-ExchangeOnline -Confirm:$false
