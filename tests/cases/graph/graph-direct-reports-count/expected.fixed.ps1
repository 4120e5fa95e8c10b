Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$owners = Import-Csv .\site-owners.csv
foreach ($o in $owners) {
    $user = Get-MgUser -Filter "UserPrincipalName eq '$($o.Owner)'" -Property Id
    $count = (Get-MgUserDirectReport -UserId $user.Id -Top 50).Count
    Write-Host "$($o.Owner) has $count direct reports."
}
