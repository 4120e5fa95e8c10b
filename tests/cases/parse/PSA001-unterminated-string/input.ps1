# An unterminated string: not PowerShell, so PSA001 (and the password before
# it is still reported).
$pw = ConvertTo-SecureString 'Winter2026!' -AsPlainText -Force
Write-Host "the end of the report
Get-Mailbox | Export-Csv report.csv
