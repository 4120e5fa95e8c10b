Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$all = Get-MgUser -All -Property UserPrincipalName, AssignedLicenses, Id | Where-Object { $_.AssignedLicenses.Count -eq 0 }
Write-Output "$($all.Count) unlicensed accounts"
$all | Select-Object UserPrincipalName
