# Only the members' user principal names are read: only users have one, so User.Read.All
# (members that are users) is enough and the scopes stay as they were.
Connect-AzureAD
$groupId = '0b8c3a2e-5f1d-4c7b-9e6a-2d4f8b1c3e5a'
Get-AzureADGroupMember -ObjectId $groupId -All $true | ForEach-Object { $_.UserPrincipalName }
