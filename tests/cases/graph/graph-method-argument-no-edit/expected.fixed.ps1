# With a space before the parentheses they are a second, positional argument: nothing is edited
Connect-AzureAD
$groupId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
$groupTypes = New-Object System.Collections.ArrayList
Set-AzureADMSGroup -Id $groupId -GroupTypes $groupTypes.ToArray () -MembershipRuleProcessingState 'On'
