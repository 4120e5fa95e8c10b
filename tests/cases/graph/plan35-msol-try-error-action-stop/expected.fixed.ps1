param([Parameter(Mandatory)][string]$CsvPath)

Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$rows = Import-Csv -Path $CsvPath
$results = foreach ($row in $rows) {
    try {
        $user = Get-MgUser -ErrorAction Stop -UserId $row.UserPrincipalName -Property UserPrincipalName, Id
        Update-MgUser -ErrorAction Stop -UserId $user.UserPrincipalName -UsageLocation $row.Country
        [pscustomobject]@{ User = $row.UserPrincipalName; Status = 'Success' }
    }
    catch {
        [pscustomobject]@{ User = $row.UserPrincipalName; Status = "Failed: $_" }
    }
}
$results | Format-Table -AutoSize
