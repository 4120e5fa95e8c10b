# ($user.Licenses).ServiceStatus: the licence objects themselves have no Graph equivalent: nothing is edited
Connect-MsolService
$users = Get-MsolUser -All | Where-Object { ($_.Licenses).ServiceStatus -ne $null }
foreach ($u in $users) { Write-Output $u.UserPrincipalName }
