# Nightly archive report, run by Task Scheduler as the service account.
$CredPath = 'D:\Jobs\exo-svc.xml'
$Credential = Import-Clixml -Path $CredPath
Write-Host "Connecting to Exchange Online as $($Credential.UserName)" -ForegroundColor Cyan

Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
$mailboxes = Get-EXOMailbox -ResultSize Unlimited -Properties ArchiveStatus
$mailboxes | Where-Object ArchiveStatus -ne 'Active' | Export-Csv D:\Reports\no-archive.csv -NoTypeInformation
Write-Verbose "Finished the report as $($Credential.UserName)"
Disconnect-ExchangeOnline -Confirm:$false
