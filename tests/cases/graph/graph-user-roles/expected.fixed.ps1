# Admin role report: every licensed user with the administrator roles they hold.
# Get-MsolUserRole listed a user's roles, also those held through a group.
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
$report = @()
Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) } | ForEach-Object {
    $upn = $_.UserPrincipalName
    $roles = (Get-MgUserTransitiveMemberOf -UserId $upn -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.directoryRole' }).AdditionalProperties.displayName
    if ($roles.Count -eq 0) {
        $assigned = 'No roles'
    } else {
        $assigned = $roles -join ', '
    }
    $report += [pscustomobject]@{ User = $upn; Roles = $assigned }
}
foreach ($user in Get-MgUser -Top 50 -Property Id, DisplayName) {
    $userRoles = Get-MgUserTransitiveMemberOf -UserId $user.Id -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.directoryRole' }
    foreach ($role in $userRoles) {
        Write-Output "$($user.DisplayName): $($role.AdditionalProperties.displayName) - $($role.AdditionalProperties.description)"
    }
}
$report | Export-Csv -Path .\AdminRoles.csv -NoTypeInformation
