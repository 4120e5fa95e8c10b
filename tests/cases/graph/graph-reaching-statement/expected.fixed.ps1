# $groups holds Az's groups, then AzureAD's, then MSOnline's: each read follows the
# assignment before it in statement order, so only the legacy groups' reads are renamed
Connect-AzAccount
$groups = Get-AzADGroup
$groups[0].Member.Count

Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome
$groups = Get-MgGroup -All
Write-Output "$($groups.Count) AzureAD groups"
foreach ($g in $groups) {
    Write-Output "$($g.DisplayName) $($g.Id)"
}
$groups[0].Id

$groups = Get-MgGroup -All
$groups | Where-Object { $_.Id -notin $skip } | Select-Object 'DisplayName', @{Name = 'ObjectId'; Expression = {$_.Id}}
$groups = Import-Csv .\groups.csv
$groups[0].ObjectId
