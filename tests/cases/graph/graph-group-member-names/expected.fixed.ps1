# A group's members may be users, contacts, devices, service principals or groups (Microsoft's
# List group members page); Graph returns a member of a type the app may not read with its id and
# type only, so a report of the members' names asks for Directory.Read.All, not User.Read.All.
param([string]$GroupName = 'Finance Team')

Connect-MgGraph -Scopes 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome
$group = Get-MgGroup -Filter (('mailNickName eq ''{0}'' or (mail eq ''{0}'' or (displayName eq ''{0}'' or startsWith(displayName,''{0}'')))' -f ($GroupName -replace "'", "''"))) | Select-Object -First 1
$members = Get-MgGroupMember -GroupId $group.Id -All
foreach ($m in $members) {
    Write-Output ("{0};{1}" -f $m.AdditionalProperties.displayName, $m.Id)
}
