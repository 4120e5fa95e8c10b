param([string]$CsvPath = '.\new-hires.csv')

try {
    Connect-MsolService
}
catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
    Write-Warning "Sign-in cancelled or failed: $($_.Exception.Message)"
    return
}

foreach ($hire in Import-Csv $CsvPath) {
    Set-MsolUser -UserPrincipalName $hire.UserPrincipalName -UsageLocation $hire.Country
}
