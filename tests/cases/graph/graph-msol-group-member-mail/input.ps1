# MSOnline group members (users, groups, contacts) listed with their e-mail address: Graph's mail
# of a contact or group member comes back null without a permission that reads those types.
Connect-MsolService
$groups = Get-MsolGroup -All | Where-Object { $_.DisplayName -like 'DL-*' }
foreach ($g in $groups) {
    Get-MsolGroupMember -GroupObjectId $g.ObjectId -All | ForEach-Object {
        [PSCustomObject]@{ Group = $g.DisplayName; Member = $_.EmailAddress }
    }
}
