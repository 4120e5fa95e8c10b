# Group membership report; the admin has already run Connect-AzureAD.
function Get-GroupReport {
    foreach ($g in Get-MgGroup -All) {
        Get-MgGroupMember -GroupId $g.Id -All
    }
}

$started = Get-Date
Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome
if ($started) {
    foreach ($round in 1..2) {
        Get-GroupReport
    }
}
Get-GroupReport | Export-Csv members.csv
