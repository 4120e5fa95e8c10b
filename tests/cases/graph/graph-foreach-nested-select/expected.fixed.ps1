# Lists the members of every group named in groups.txt with the group they came from.
# The members reach the ForEach-Object block as $_ and go on through a nested pipeline:
# its Select-Object names are reads of the members (Graph keeps them in AdditionalProperties)
Connect-MgGraph -Scopes 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome
$rows = foreach ($name in Get-Content .\groups.txt) {
    $objectid = (Get-MgGroup -Filter (('mailNickName eq ''{0}'' or (mail eq ''{0}'' or (displayName eq ''{0}'' or startsWith(displayName,''{0}'')))' -f ($name -replace "'", "''")))).Id
    Get-MgGroupMember -GroupId $objectid -All | ForEach-Object {
        $_ | Select-Object @{Name = 'Group'; Expression = { $name }}, @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'UserPrincipalName'; Expression = {$_.AdditionalProperties.userPrincipalName}}
    }
}
$rows | Export-Csv .\group-members.csv -NoTypeInformation
