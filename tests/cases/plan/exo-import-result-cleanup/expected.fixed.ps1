<#
.SYNOPSIS
    Sets the usage location and the archive of the users in a CSV file.
#>
param (
    [Parameter(Mandatory)]
    [string]$CsvPath
)

Connect-ExchangeOnline -ShowBanner:$false

foreach ($row in Import-Csv $CsvPath) {
    Enable-Mailbox -Identity $row.UserPrincipalName -Archive | Out-Null
    Write-Host "Archive enabled for $($row.UserPrincipalName)" -ForegroundColor Green
}

Disconnect-ExchangeOnline -Confirm:$false
