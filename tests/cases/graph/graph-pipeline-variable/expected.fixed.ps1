# A piped call becomes a ForEach-Object loop; its -PipelineVariable moves to the ForEach-Object,
# which writes the same objects (inside, it would name an inner pipeline's output)
Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome
Get-MgGroup -All -pv grp | ForEach-Object { Get-MgGroupMember -GroupId $_.Id -All } -pv member |
    Select-Object @{N = 'Group'; E = { $grp.DisplayName } }, @{N = 'Member'; E = { $member.Id } }
