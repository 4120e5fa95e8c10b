# -GroupTypes $groupTypes.ToArray(): a method call as a command argument is one argument
# (the grammar gives its parentheses as a separate element, which the model joins)
Connect-AzureAD
$groupId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
$groupTypes = New-Object System.Collections.ArrayList
$groupTypes.Add('DynamicMembership') | Out-Null
Set-AzureADMSGroup -Id $groupId -GroupTypes $groupTypes.ToArray() -MembershipRuleProcessingState 'On' -MembershipRule '(user.department -eq "Sales")'
