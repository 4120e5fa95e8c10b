# The tenant's name only: a delegated sign-in reads the organization's id, displayName and
# verifiedDomains with User.Read (GET /organization), no Organization.Read.All
Connect-AzureAD
$report = "AAD_Report_$((Get-AzureADTenantDetail).DisplayName).csv"
Get-AzureADUser -All $true | Select-Object DisplayName, UserPrincipalName | Export-Csv $report -NoTypeInformation
