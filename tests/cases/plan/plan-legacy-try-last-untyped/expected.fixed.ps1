param([string]$CsvPath = '.\new-hires.csv')

try {
    Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome -ErrorAction Stop
}
catch {
    Write-Warning "Sign-in cancelled or failed: $($_.Exception.Message)"
    return
}

foreach ($hire in Import-Csv $CsvPath) {
    Update-MgUser -UserId $hire.UserPrincipalName -UsageLocation $hire.Country
}
