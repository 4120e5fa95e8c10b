#requires -modules Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement, Microsoft.Graph.Users
#requires -version 4
<#
  Company settings report, run from a console signed in with Connect-MsolService
  and Connect-AzureAD: the #requires line goes with the calls, one module list.
#>
Connect-MgGraph -Scopes 'Organization.Read.All', 'User.Read.All' -NoWelcome
$company = Get-MgOrganization
$company | Select-Object 'DisplayName', @{Name = 'TechnicalNotificationEmails'; Expression = {$_.TechnicalNotificationMails}} | Export-Csv company.csv
Get-MgUser -All -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName | Export-Csv users.csv
Write-Host 'Reports written: company.csv, users.csv'
