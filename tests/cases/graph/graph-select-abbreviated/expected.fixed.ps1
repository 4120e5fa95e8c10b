# PowerShell takes any unambiguous prefix of a parameter name: select -prop is -Property and
# select -exp is -ExpandProperty, so the names they give are reads of the members' properties
# (Graph: the member's Id, and its other properties in AdditionalProperties).
param([string]$OutFolder = '.')

Connect-MgGraph -Scopes 'Directory.Read.All', 'GroupMember.Read.All' -NoWelcome
$groupId = (Get-MgGroup -Filter "DisplayName eq 'Helpdesk'").Id
Get-MgGroupMember -GroupId $groupId -All | select -prop @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'ObjectId'; Expression = {$_.Id}} |
    Export-Csv -Path (Join-Path $OutFolder 'helpdesk-members.csv') -NoTypeInformation
$mails = Get-MgGroupMember -GroupId $groupId -All | ForEach-Object {$_.AdditionalProperties.mail} | Where-Object {$null -ne $_}
Send-MailMessage -To $mails -From 'it@contoso.com' -Subject 'Helpdesk rota' -SmtpServer 'smtp.contoso.com'
