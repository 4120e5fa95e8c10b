# Counts the messages each mailbox sent in the last two days.
Param(
    [Parameter(Mandatory=$true)] [string] $AdminUser,
    [Parameter(Mandatory=$true)] [string] $AdminPassword
)

$ReportFile = "SentCounts.csv"
Write-Host "Connecting as $AdminUser..."

$SecurePass = $AdminPassword | ConvertTo-SecureString -AsPlainText -Force
$adminCredential = New-Object System.Management.Automation.PSCredential -ArgumentList $AdminUser, $SecurePass
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $O365Credential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking

Get-MessageTrace -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date) -PageSize 5000 |
    Group-Object SenderAddress |
    Select-Object Name, Count |
    Export-Csv $ReportFile -NoTypeInformation

Remove-PSSession $Session
