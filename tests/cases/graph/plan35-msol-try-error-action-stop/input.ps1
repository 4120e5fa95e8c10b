param([Parameter(Mandatory)][string]$CsvPath)

Connect-MsolService
$rows = Import-Csv -Path $CsvPath
$results = foreach ($row in $rows) {
    try {
        $user = Get-MsolUser -UserPrincipalName $row.UserPrincipalName
        Set-MsolUser -UserPrincipalName $user.UserPrincipalName -UsageLocation $row.Country
        [pscustomobject]@{ User = $row.UserPrincipalName; Status = 'Success' }
    }
    catch {
        [pscustomobject]@{ User = $row.UserPrincipalName; Status = "Failed: $_" }
    }
}
$results | Format-Table -AutoSize
