if (-not (Get-Module MSOnline)) {
    Install-Module MSOnline -Scope CurrentUser -Force
    Import-Module MSOnline
}
Get-MsolUser -All | Where-Object { $_.BlockCredential } | ForEach-Object { $_.UserPrincipalName }
