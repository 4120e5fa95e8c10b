#requires -modules MSOnline, AzureADPreview
#requires -version 4
<#
  Company settings report, run from a console signed in with Connect-MsolService
  and Connect-AzureAD: the #requires line goes with the calls, one module list.
#>
$company = Get-MsolCompanyInformation
$company | Select-Object DisplayName, TechnicalNotificationEmails | Export-Csv company.csv
Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName | Export-Csv users.csv
Write-Host 'Reports written: company.csv, users.csv'
