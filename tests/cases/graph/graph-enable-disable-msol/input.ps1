# Block sign-in for the leavers listed by HR
param([string]$CsvPath = '.\leavers.csv')

Connect-MsolService
foreach ($row in Import-Csv -Path $CsvPath) {
    Set-MsolUser -UserPrincipalName $row.UPN -BlockCredential $true
    Write-Output "Blocked $($row.UPN)"
}
