# Report the licensed users of the 21Vianet tenant
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Connect-MgGraph -Environment China -Scopes 'User.Read.All' -NoWelcome -ErrorAction Stop

$users = Get-MgUser -All -Property AssignedLicenses, UserPrincipalName, DisplayName, Id | Where-Object { ($_.AssignedLicenses.Count -gt 0) }
foreach ($u in $users) {
    Write-Output "$($u.UserPrincipalName) $($u.DisplayName)"
}
