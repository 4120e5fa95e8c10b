# $groups holds Az's groups, then AzureAD's, then MSOnline's: each read follows the
# assignment before it in statement order, so only the legacy groups' reads are renamed
Connect-AzAccount
$groups = Get-AzADGroup
$groups[0].Member.Count

Connect-AzureAD
$groups = Get-AzureADGroup -All $true
Write-Output "$($groups.Count) AzureAD groups"
foreach ($g in $groups) {
    Write-Output "$($g.DisplayName) $($g.ObjectId)"
}
$groups[0].ObjectId

Connect-MsolService
$groups = Get-MsolGroup -All
$groups | Where-Object { $_.ObjectId -notin $skip } | Select-Object DisplayName, ObjectId
$groups = Import-Csv .\groups.csv
$groups[0].ObjectId
