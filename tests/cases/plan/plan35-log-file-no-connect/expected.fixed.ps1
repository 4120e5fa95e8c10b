$log = 'C:\Scripts\Logs\disable-stale.log'
$cutoff = (Get-Date).AddDays(-120)
Write-Host "Disabling accounts not used since $cutoff"
foreach ($u in Get-AzureADUser -All $true -Filter "userType eq 'Member'") {
    if ($u.RefreshTokensValidFromDateTime -lt $cutoff) {
        Set-AzureADUser -ObjectId $u.ObjectId -AccountEnabled $false
        Add-Content -Path 'C:\Scripts\Logs\disable-stale.log' -Value "$(Get-Date -Format s) disabled $($u.UserPrincipalName)"
    }
}
