# -PipelineVariable written before another parameter of the piped call: not moved, nothing is edited
Connect-AzureAD
Get-AzureADGroup -All $true -pv grp | Get-AzureADGroupMember -pv member -All $true |
    Select-Object @{N = 'Group'; E = { $grp.DisplayName } }, @{N = 'Member'; E = { $member.ObjectId } }
