# Exports users with their employee ID and on-premises DN for the HR reconciliation
param([string]$CsvFile = ".\AzADUsers.csv")

Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

$AzADUsers = Get-MgUser -All -Property DisplayName, UserPrincipalName, EmployeeId, OnPremisesDistinguishedName, GivenName, Id
$AzADUsers | Sort-Object GivenName | Select-Object `
    @{Label = "Display name"; Expression = { $_.DisplayName } },
    @{Label = "User principal name"; Expression = { $_.UserPrincipalName } },
    @{Label = "Employee ID"; Expression = { $_.EmployeeId } },
    @{Label = "DN"; Expression = { $_.OnPremisesDistinguishedName } } |
    Export-Csv -Encoding UTF8 -Path $CsvFile -NoTypeInformation

foreach ($u in $AzADUsers) {
    if ([string]::IsNullOrWhiteSpace($u.EmployeeId)) {
        Write-Warning "$($u.UserPrincipalName) has no employee ID"
    }
}
