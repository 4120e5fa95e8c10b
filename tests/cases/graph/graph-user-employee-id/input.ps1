# Exports users with their employee ID and on-premises DN for the HR reconciliation
param([string]$CsvFile = ".\AzADUsers.csv")

Connect-AzureAD

$AzADUsers = Get-AzureADUser -All $true
$AzADUsers | Sort-Object GivenName | Select-Object `
    @{Label = "Display name"; Expression = { $_.DisplayName } },
    @{Label = "User principal name"; Expression = { $_.UserPrincipalName } },
    @{Label = "Employee ID"; Expression = { $_.ExtensionProperty.employeeId } },
    @{Label = "DN"; Expression = { $_.ExtensionProperty.onPremisesDistinguishedName } } |
    Export-Csv -Encoding UTF8 -Path $CsvFile -NoTypeInformation

foreach ($u in $AzADUsers) {
    if ([string]::IsNullOrWhiteSpace($u.ExtensionProperty.employeeId)) {
        Write-Warning "$($u.UserPrincipalName) has no employee ID"
    }
}
