Connect-MsolService
$all = Get-MsolUser -All -UnlicensedUsersOnly
Write-Output "$($all.Count) unlicensed accounts"
$all | Select-Object UserPrincipalName
