# Variables that hold AzureAD's groups and other values, where a read is reached
# by more than one assignment (or psauth cannot prove which): not renamed
param([psobject[]]$GroupList)
Connect-AzureAD
# the caller's list on one path, AzureAD's groups on the other
if ($null -eq $GroupList) {
    $groups = Get-AzureADGroup -All $true
} else {
    $groups = $GroupList
}
foreach ($g in $groups) {
    Write-Output "$($g.DisplayName) $($g.ObjectId)"
}
# a script block kept and run later reads whatever $teams holds then
$teams = Import-Csv .\teams.csv
$show = { $teams[0].ObjectId }
$teams = Get-AzureADGroup -SearchString 'Team'
& $show
# += keeps the groups and adds CSV rows
$owners = Import-Csv .\owners.csv
$owners = Get-AzureADGroup -SearchString 'Owners'
$owners += Import-Csv .\more-owners.csv
$owners[0].ObjectId
# a dot-sourced script may set $sales
$sales = Import-Csv .\sales.csv
$sales = Get-AzureADGroup -SearchString 'Sales'
. .\Update-Sales.ps1
$sales[0].ObjectId
# Get-Unique -AsString compares the objects' text, which Graph's objects do not share
$users = Import-Csv .\users.csv
$users = Get-AzureADUser -All $true
$users = $users | Sort-Object DisplayName | Get-Unique -AsString
foreach ($u in $users) { Write-Output $u.ObjectId }
# the loop's next round reads the value assigned after the read
$batch = Import-Csv .\batch.csv
$batch = Get-AzureADGroup -SearchString 'Batch'
while ($more) {
    Write-Output $batch[0].ObjectId
    $batch = Import-Csv .\next-batch.csv
}
# an assignment inside the if's condition: not a statement of its own
$found = Import-Csv .\found.csv
if (($found = Get-AzureADGroup -SearchString 'Found')) { Write-Output $found.ObjectId }
