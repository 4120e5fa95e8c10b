# Nightly export of the tenant's licensed users for the HR system.
# Runs as a scheduled task on the reporting server.
Import-Module ExchangeOnlineManagement
Import-Module MSOnline

$user = "svc-report@fabrikam.onmicrosoft.com"
$secure = Get-Content "$PSScriptRoot\report.cred" | ConvertTo-SecureString
$credential = New-Object System.Management.Automation.PSCredential ($user, $secure)

# Exchange Online
Connect-ExchangeOnline -Credential $credential -ShowBanner:$false

# MSOnline
Connect-MsolService -Credential $credential

Get-MsolUser -All | Where-Object { $_.IsLicensed } |
    Select-Object UserPrincipalName, DisplayName, Department |
    Export-Csv -Path "$PSScriptRoot\licensed-users.csv" -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false
