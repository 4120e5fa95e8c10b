# Report the licensed users of the 21Vianet tenant
Import-Module MSOnline
Connect-MsolService -AzureEnvironment AzureChinaCloud -ErrorAction Stop

$users = Get-MsolUser -All | Where-Object { $_.IsLicensed }
foreach ($u in $users) {
    Write-Output "$($u.UserPrincipalName) $($u.DisplayName)"
}
