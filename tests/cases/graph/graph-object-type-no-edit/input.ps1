# ObjectType of group members compared with Contact: no Microsoft page shows the AzureAD value of
# an organizational contact, so the call needs a person (nothing is edited). ServicePrincipal,
# User and Group have sources (graph-object-type).
Connect-AzureAD
$groupId = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'
$contacts = Get-AzureADGroupMember -ObjectId $groupId -All $true | Where-Object { $_.ObjectType -eq 'Contact' }
Write-Output "$($contacts.Count) contacts are members"
