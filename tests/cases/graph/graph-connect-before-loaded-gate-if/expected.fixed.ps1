Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
if (-not (Get-Module Microsoft.Graph.Authentication)) {
    Write-Error 'Run Connect-MsolService first'
    exit 1
}
Get-MgUser -All -Property AccountEnabled, UserPrincipalName, Id | Where-Object { (-not $_.AccountEnabled) } | ForEach-Object { $_.UserPrincipalName }
