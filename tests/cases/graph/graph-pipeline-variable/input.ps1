# A piped call becomes a ForEach-Object loop; its -PipelineVariable moves to the ForEach-Object,
# which writes the same objects (inside, it would name an inner pipeline's output)
Connect-AzureAD
Get-AzureADGroup -All $true -pv grp | Get-AzureADGroupMember -All $true -pv member |
    Select-Object @{N = 'Group'; E = { $grp.DisplayName } }, @{N = 'Member'; E = { $member.ObjectId } }
