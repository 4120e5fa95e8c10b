Connect-AzureAD
$guests = Get-AzureADUser -Filter "userType eq 'Guest'" -All $true
foreach ($g in $guests) {
    if ($g.AccountEnabled) {
        Set-AzureADUser -ObjectId $g.ObjectId -AccountEnabled $false
        Write-Host "Disabled guest $($g.Mail)"
    }
}
