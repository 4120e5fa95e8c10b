# Variables that hold a legacy call's objects on one path and the caller's on another,
# where giving the Graph objects the legacy names is not enough: not rewritten
param([psobject[]]$TenantsList, [psobject[]]$UserList)
Connect-MsolService
# the objects go whole to a CSV file: its columns would change
if ($null -eq $TenantsList) { $tenants = Get-MsolPartnerContract -All } else { $tenants = $TenantsList }
$tenants | Export-Csv .\tenants.csv -NoTypeInformation
# a user: psauth does not record every property of Graph's user, so a calculated
# ObjectId might meet one of its own
if ($null -eq $UserList) { $users = Get-MsolUser -All } else { $users = $UserList }
foreach ($u in $users) { Write-Output "$($u.ObjectId) $($u.DisplayName)" }
