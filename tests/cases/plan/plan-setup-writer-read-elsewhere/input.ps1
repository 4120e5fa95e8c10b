# Nightly: sync Entra Connect, then report new mailboxes.
#Obtain and store the service account credentials
Get-Credential | Export-Clixml -Path "D:\Jobs\svc-sync.xml"
#Import the credentials
$cred = Import-Clixml -Path "D:\Jobs\svc-sync.xml"

Invoke-Command -ComputerName aadconnect01 -Credential (Import-Clixml -Path "D:\Jobs\svc-sync.xml") -ScriptBlock { Start-ADSyncSyncCycle -PolicyType Delta }
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Get-EXOMailbox -Filter "WhenCreated -gt '$((Get-Date).AddDays(-1))'" | Select-Object DisplayName, PrimarySmtpAddress
