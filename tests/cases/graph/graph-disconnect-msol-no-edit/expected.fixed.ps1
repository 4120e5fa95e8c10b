# Blocked-sign-in report. The script ends with Disconnect-MsolService, which the MSOnline
# reference does not list: a person decides what to do with that line, so the file is
# left as it is.
Connect-MsolService
$blocked = Get-MsolUser -All | Where-Object { $_.BlockCredential }
foreach ($user in $blocked) {
    Write-Output "$($user.UserPrincipalName) is blocked"
}
Disconnect-MsolService
