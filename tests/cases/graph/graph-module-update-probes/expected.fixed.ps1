# Setup lines at the top of an AzureAD report: list both AzureAD modules, update the preview,
# import it. After the migration the two listings would be the same line, and Update-Module
# would keep the retired module current: one listing stays, the update names the Graph modules.
Get-Module Microsoft.Graph.Authentication -ListAvailable
Update-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
Get-MgUser -All -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName | Export-Csv users.csv -NoTypeInformation
