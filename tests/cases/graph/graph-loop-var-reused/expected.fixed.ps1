# $user is the loop variable of two loops and is assigned in an inner loop after its reads:
# the reads in the first loop see only Get-AzureADUser's objects (rewritten), the second loop's are CSV rows
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
$users = Get-MgUser -All -Property DisplayName, Id, Department
$report = @()
foreach ($user in $users) {
    $row = [pscustomobject]@{
        Name       = $user.DisplayName
        Id         = $user.Id
        Department = $user.Department
    }
    foreach ($alias in $aliases) {
        $user = $alias.Owner
    }
    $report += $row
}
$overrides = Import-Csv .\overrides.csv
foreach ($user in $overrides) {
    Write-Output "$($user.ObjectId) keeps $($user.Department)"
}
$report | Export-Csv .\contacts.csv -NoTypeInformation
