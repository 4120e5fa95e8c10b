# --target entra: Set-EntraGroup has no -MembershipRule or -MembershipRuleProcessingState, so those calls stay
Connect-Entra -Scopes 'Group.ReadWrite.All'  # signed in already: the exact calls are rewritten one by one
Set-AzureADMSGroup -Id $groupId -MembershipRuleProcessingState 'Paused'
Set-AzureADMSGroup -Id $groupId -MembershipRule '(user.department -eq "Sales")'
Set-EntraGroup -Id $groupId -Description 'Sales'
