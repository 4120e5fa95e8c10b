# The manager's department and title for each user of a department
param([string]$Department = "Sales")

Connect-AzureAD
$users = Get-AzureADUser -All $true -Filter "department eq '$Department'"
foreach ($u in $users) {
    $mgr = Get-AzureADUserManager -ObjectId $u.ObjectId
    Write-Host "$($u.DisplayName): $($mgr.DisplayName), $($mgr.JobTitle) in $($mgr.Department)"
}
