# Dynamic membership: the rule and its processing state ('On' or 'Paused') keep their names on Update-MgGroup
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
Update-MgGroup -GroupId $groupId -GroupTypes @('DynamicMembership') -MembershipRuleProcessingState 'On' -MembershipRule '(user.department -eq "Sales")'
Update-MgGroup -GroupId $groupId -MembershipRuleProcessingState Paused
Set-AzureADMSGroup -Id $groupId -MembershipRuleProcessingState 'Paused' -LabelId $labelId
