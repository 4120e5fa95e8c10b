# Select-Object -ExpandProperty takes a property name; a member's user principal name is in
# Graph's AdditionalProperties, so the expanded name becomes a ForEach-Object that reads it
# (and, like -ExpandProperty, passes no $null on). Sort-Object's name becomes a script block.
param([Parameter(Mandatory)][string]$GroupName)

Connect-MgGraph -Scopes 'GroupMember.Read.All', 'User.Read.All' -NoWelcome
$group = Get-MgGroup -Filter (('mailNickName eq ''{0}'' or (mail eq ''{0}'' or (displayName eq ''{0}'' or startsWith(displayName,''{0}'')))' -f ($GroupName -replace "'", "''"))) | Select-Object -First 1
$owners = Get-MgGroupMember -GroupId $group.Id -All
Write-Host "Members of $GroupName" -ForegroundColor Cyan
$owners | Sort-Object {$_.AdditionalProperties.userPrincipalName} | ForEach-Object {$_.AdditionalProperties.userPrincipalName} | Where-Object {$null -ne $_}
$upns = Get-MgGroupMember -GroupId $group.Id -All | ForEach-Object {$_.AdditionalProperties.userPrincipalName} | Where-Object {$null -ne $_}
$upns | Out-File -FilePath ".\$GroupName-members.txt"
