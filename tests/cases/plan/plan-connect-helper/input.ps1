# Connects this console to every service; the SDS scripts run next.
Import-Module MSOnline
$cred = Get-Credential
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $Session
Connect-MsolService -Credential $cred
Connect-AzureAD -Credential $cred
. .\Sync-Students.ps1
