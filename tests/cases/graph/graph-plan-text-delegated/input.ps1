# Weekly tenant summary for the service desk
Import-Module MSOnline
Connect-MsolService

$company = Get-MsolCompanyInformation
$users = Get-MsolUser -All
Write-Output ("{0}: {1} users" -f $company.DisplayName, $users.Count)
