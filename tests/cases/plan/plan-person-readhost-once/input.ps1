# Mailbox size of one user (asked once); signs in with the stored report account.
$Cred = Import-Clixml -Path "$PSScriptRoot\report.xml"
Connect-ExchangeOnline -Credential $Cred -ShowBanner:$false
$who = Read-Host "Mailbox"
Get-EXOMailboxStatistics -Identity $who | Select-Object DisplayName, TotalItemSize
Disconnect-ExchangeOnline -Confirm:$false
