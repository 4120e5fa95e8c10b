if (-not (Get-Module Microsoft.Graph.Authentication)) {
    Install-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users -Scope CurrentUser -Force
    Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
}
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property AccountEnabled, UserPrincipalName, Id | Where-Object { (-not $_.AccountEnabled) } | ForEach-Object { $_.UserPrincipalName }
