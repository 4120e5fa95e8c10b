# MSOnline group members (users, groups, contacts) listed with their e-mail address: Graph's mail
# of a contact or group member comes back null without a permission that reads those types.
Connect-MgGraph -Scopes 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome
$groups = Get-MgGroup -All | Where-Object { $_.DisplayName -like 'DL-*' }
foreach ($g in $groups) {
    Get-MgGroupMember -GroupId $g.Id -All | ForEach-Object {
        [PSCustomObject]@{ Group = $g.DisplayName; Member = $_.AdditionalProperties.mail }
    }
}
