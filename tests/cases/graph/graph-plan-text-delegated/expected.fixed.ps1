# Weekly tenant summary for the service desk
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users
Connect-MgGraph -Scopes 'User.Read', 'User.Read.All' -NoWelcome

$company = Get-MgOrganization
$users = Get-MgUser -All
Write-Output ("{0}: {1} users" -f $company.DisplayName, $users.Count)
