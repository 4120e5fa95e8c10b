<#
    Nightly runbook: writes the list of blocked accounts to the reports share.
#>
# TODO(psauth): managed-identity sign-in for the rewritten connections.
# Grant the managed identity (app role assignments):
#   Microsoft Graph: User.Read.All

Write-Output "Importing Microsoft Graph module..."
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users

Write-Output "Connecting to Microsoft Graph..."
Connect-MgGraph -Identity -NoWelcome

$blocked = Get-MgUser -All -Property AccountEnabled, UserPrincipalName, DisplayName, Id | Where-Object { (-not $_.AccountEnabled) -eq $true }
$blocked | Select-Object UserPrincipalName, DisplayName |
    Export-Csv -Path '\\files01\reports\blocked.csv' -NoTypeInformation
Write-Verbose "Get-MsolUser returned $($blocked.Count) blocked accounts"
