# foreach ($user in $rows) { $user = Get-MsolUser ... } reading only names Graph users have under the same name: rewritten
Connect-MsolService
$rows = Import-Csv .\users.csv
foreach ($user in $rows) {
  $user = Get-MsolUser -UserPrincipalName $user.UserPrincipalName -ErrorAction Stop
  Write-Output $user.DisplayName
}
