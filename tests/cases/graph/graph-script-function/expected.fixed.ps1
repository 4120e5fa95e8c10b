# Group membership report; the admin has already run Connect-AzureAD.
function Get-GroupReport {
    foreach ($g in Get-MgGroup -All) {
        foreach ($m in Get-MgGroupMember -GroupId $g.Id -All) {
            "$($g.DisplayName);$($m.Id)"
        }
    }
}

$started = Get-Date
Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome
if ($started) {
    foreach ($round in 1..2) {
        Get-GroupReport
    }
}
Get-GroupReport | Set-Content members.txt
Write-Host "Report written in $((Get-Date) - $started)"
