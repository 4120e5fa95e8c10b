# Group membership report; the admin has already run Connect-AzureAD.
function Get-GroupReport {
    foreach ($g in Get-AzureADGroup -All $true) {
        foreach ($m in Get-AzureADGroupMember -ObjectId $g.ObjectId -All $true) {
            "$($g.DisplayName);$($m.ObjectId)"
        }
    }
}

$started = Get-Date
if ($started) {
    foreach ($round in 1..2) {
        Get-GroupReport
    }
}
Get-GroupReport | Set-Content members.txt
Write-Host "Report written in $((Get-Date) - $started)"
