# Nightly export of the shared mailboxes for the HR system (the Get-HrMailboxReport
# function comes from the team's profile module).
Import-Module ExchangeOnlineManagement

$user = "svc-report@fabrikam.onmicrosoft.com"
$secure = Get-Content "$PSScriptRoot\report.cred" | ConvertTo-SecureString
$credential = New-Object System.Management.Automation.PSCredential ($user, $secure)

Connect-ExchangeOnline -Credential $credential -ShowBanner:$false

Get-HrMailboxReport -Type Shared |
    Export-Csv -Path "$PSScriptRoot\shared-mailboxes.csv" -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
