<#
  Licensed users report, run from a console signed in with Connect-MsolService.
#>
param([string]$OutFile = 'users.csv')

$users = Get-MsolUser -All
foreach ($u in $users) {
    Get-MsolUser -UserPrincipalName $u.UserPrincipalName | Out-Null
}
Get-AzureADUser -All $true | Select-Object DisplayName | Export-Csv $OutFile
