$graphScopes = Get-Content -Path "$PSScriptRoot\scopes.txt"
Connect-MgGraph -Scopes $graphScopes -NoWelcome
Connect-AzureAD

$staleDate = (Get-Date).AddDays(-90)
Get-AzureADDevice -All $true | Where-Object { $_.ApproximateLastLogonTimeStamp -lt $staleDate } |
    Select-Object DisplayName, ApproximateLastLogonTimeStamp | Export-Csv -Path .\stale-devices.csv -NoTypeInformation
