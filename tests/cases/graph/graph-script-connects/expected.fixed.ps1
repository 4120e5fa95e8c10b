<#
  Licensed users report, run from a console signed in with Connect-MsolService.
#>
param([string]$OutFile = 'users.csv')

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$users = Get-MgUser -All -Property UserPrincipalName, Id
foreach ($u in $users) {
    Get-MgUser -UserId $u.UserPrincipalName | Out-Null
}
Get-MgUser -All -Property DisplayName, Id | Select-Object DisplayName | Export-Csv $OutFile
