# Moves the mailboxes of the migration batch after the night's sync window.
$cred = Get-Credential -Message "Exchange Online administrator"
$BatchFile = 'C:\Migration\batch.csv'

Write-Host "Waiting 15 minutes for the directory sync to finish..."
Start-Sleep -Seconds 900

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $session -DisableNameChecking | Out-Null

Import-Csv $BatchFile | ForEach-Object {
    Set-Mailbox -Identity $_.UserPrincipalName -CustomAttribute1 'Batch7'
}
Remove-PSSession $session
