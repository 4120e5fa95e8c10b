if (-not (Get-Module MSOnline)) {
    Write-Error 'Run Connect-MsolService first'
    exit 1
}
Get-MsolUser -All | Where-Object { $_.BlockCredential } | ForEach-Object { $_.UserPrincipalName }
