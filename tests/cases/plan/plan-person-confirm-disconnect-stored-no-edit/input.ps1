# Starts the mailbox moves of one department; the migration account is saved
# next to the script.
param([string]$Department = 'Sales')

$MigrationCred = Import-Clixml -Path "$PSScriptRoot\migration.xml"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $MigrationCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber | Out-Null

$batch = Get-MigrationBatch | Where-Object { $_.Identity -like "$Department*" }
$batch | Start-MigrationBatch

$answer = Read-Host "Close the Exchange Online session? [y/n]"
if ($answer -eq 'y') {
    Remove-PSSession $Session
}
