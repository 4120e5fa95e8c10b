# Guest clean-up written for AzureAD
$guests = Get-AzureADUser -All $true -Filter "UserType eq 'Guest'"
foreach ($g in $guests) {
    if (-not $g.AccountEnabled) {
        AzureAD\Remove-AzureADUser -ObjectId $g.ObjectId
    }
}
Get-AzureADMSGroup -SearchString 'Sales' | ForEach-Object { Get-AzureADGroupMember -ObjectId $_.Id }
Disconnect-AzureAD
