param([int]$Limit = 50)

Connect-MsolService
$batch = Get-MsolUser -UnlicensedUsersOnly -MaxResults $Limit
foreach ($u in $batch) {
    Write-Output "$($u.UserPrincipalName) has no licence"
}
Get-MsolUser -MaxResults 20 -UnlicensedUsersOnly | Select-Object DisplayName | Format-Table
