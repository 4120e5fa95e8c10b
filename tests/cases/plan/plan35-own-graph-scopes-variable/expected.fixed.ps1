$graphScopes = Get-Content -Path "$PSScriptRoot\scopes.txt"
Connect-MgGraph -Scopes $graphScopes -NoWelcome
# TODO(psauth): add 'Device.Read.All' to the -Scopes of the Connect-MgGraph on line 2

$staleDate = (Get-Date).AddDays(-90)
Get-MgDevice -All | Where-Object { $_.ApproximateLastSignInDateTime -lt $staleDate } |
    Select-Object 'DisplayName', @{Name = 'ApproximateLastLogonTimeStamp'; Expression = {$_.ApproximateLastSignInDateTime}} | Export-Csv -Path .\stale-devices.csv -NoTypeInformation
