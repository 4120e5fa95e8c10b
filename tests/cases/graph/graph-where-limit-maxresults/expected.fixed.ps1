param([int]$Limit = 50)

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$batch = Get-MgUser -All -Property UserPrincipalName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object -First $Limit
foreach ($u in $batch) {
    Write-Output "$($u.UserPrincipalName) has no licence"
}
Get-MgUser -All -Property DisplayName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 } | Select-Object -First 20 | Select-Object DisplayName | Format-Table
