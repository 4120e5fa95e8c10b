# The tenant's name only: a delegated sign-in reads the organization's id, displayName and
# verifiedDomains with User.Read (GET /organization), no Organization.Read.All
Connect-MgGraph -Scopes 'User.Read', 'User.Read.All' -NoWelcome
$report = "AAD_Report_$((Get-MgOrganization).DisplayName).csv"
Get-MgUser -All -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName | Export-Csv $report -NoTypeInformation
