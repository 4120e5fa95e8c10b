# Group membership report; the admin has already run Connect-AzureAD.
function Get-GroupReport {
    foreach ($g in Get-AzureADGroup -All $true) {
        Get-AzureADGroupMember -ObjectId $g.ObjectId -All $true
    }
}

$started = Get-Date
if ($started) {
    foreach ($round in 1..2) {
        Get-GroupReport
    }
}
Get-GroupReport | Export-Csv members.csv
