# foreach ($user in $rows) { $user = Get-MsolUser ... } reading only names Graph users have under the same name: rewritten
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$rows = Import-Csv .\users.csv
foreach ($user in $rows) {
  $user = Get-MgUser -UserId $user.UserPrincipalName -ErrorAction Stop
  Write-Output $user.DisplayName
}
