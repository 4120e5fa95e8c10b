# A copy of a loop variable made after its loops ($picked += $group below both): which loop's last object it
# holds depends on the run, so the reads of $picked are not followed, and nothing is edited
Connect-AzureAD
$picked = @()
foreach ($group in (Import-Csv .\groups-to-keep.csv)) {
    Write-Output "keeping $($group.Name)"
}
foreach ($group in (Get-AzureADGroup -All $true)) {
    Write-Output "seen $($group.DisplayName)"
}
$picked += $group
$picked | Select-Object DisplayName, ObjectId
