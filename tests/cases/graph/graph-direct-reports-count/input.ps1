Connect-AzureAD
$owners = Import-Csv .\site-owners.csv
foreach ($o in $owners) {
    $user = Get-AzureADUser -Filter "UserPrincipalName eq '$($o.Owner)'"
    $count = (Get-AzureADUserDirectReport -ObjectId $user.ObjectId -Top 50).Count
    Write-Host "$($o.Owner) has $count direct reports."
}
