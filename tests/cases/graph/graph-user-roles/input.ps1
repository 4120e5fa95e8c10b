# Admin role report: every licensed user with the administrator roles they hold.
# Get-MsolUserRole listed a user's roles, also those held through a group.
Connect-MsolService
$report = @()
Get-MsolUser -All | Where-Object { $_.IsLicensed } | ForEach-Object {
    $upn = $_.UserPrincipalName
    $roles = (Get-MsolUserRole -UserPrincipalName $upn).Name
    if ($roles.Count -eq 0) {
        $assigned = 'No roles'
    } else {
        $assigned = $roles -join ', '
    }
    $report += [pscustomobject]@{ User = $upn; Roles = $assigned }
}
foreach ($user in Get-MsolUser -MaxResults 50) {
    $userRoles = Get-MsolUserRole -ObjectId $user.ObjectId
    foreach ($role in $userRoles) {
        Write-Output "$($user.DisplayName): $($role.Name) - $($role.Description)"
    }
}
$report | Export-Csv -Path .\AdminRoles.csv -NoTypeInformation
