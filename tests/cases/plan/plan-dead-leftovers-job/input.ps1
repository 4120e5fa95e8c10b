# Exports yesterday's message trace to a CSV file for the SIEM collector.
# Scheduled task, runs nightly as the service account.

$OutputFile = "MessageTrace.csv"
$PasswordFileName = "exo-password.txt"
$settings = Import-PowerShellDataFile "$PSScriptRoot\settings.psd1"

$ScriptDir = Split-Path $MyInvocation.MyCommand.Path

Write-Host "Connecting to https://outlook.office365.com/powershell-liveid/"
$User = $settings.ServiceAccount
$SecurePassword = Get-Content "$ScriptDir\$PasswordFileName" | ConvertTo-SecureString
$Credential = New-Object System.Management.Automation.PSCredential -ArgumentList $User, $SecurePassword
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null
Get-PSSession | Format-Table

$start = (Get-Date).AddDays(-1).Date
Get-MessageTrace -StartDate $start -EndDate $start.AddDays(1) -PageSize 5000 |
    Export-Csv -Path "$ScriptDir\$OutputFile" -NoTypeInformation -Encoding UTF8
Write-Host "Saved $ScriptDir\$OutputFile for $($settings.Collector)"

Remove-PSSession $Session
