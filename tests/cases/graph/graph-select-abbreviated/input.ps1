# PowerShell takes any unambiguous prefix of a parameter name: select -prop is -Property and
# select -exp is -ExpandProperty, so the names they give are reads of the members' properties
# (Graph: the member's Id, and its other properties in AdditionalProperties).
param([string]$OutFolder = '.')

Connect-AzureAD
$groupId = (Get-AzureADGroup -Filter "DisplayName eq 'Helpdesk'").ObjectId
Get-AzureADGroupMember -ObjectId $groupId -All $true | select -prop DisplayName, ObjectId |
    Export-Csv -Path (Join-Path $OutFolder 'helpdesk-members.csv') -NoTypeInformation
$mails = Get-AzureADGroupMember -ObjectId $groupId -All $true | select -exp Mail
Send-MailMessage -To $mails -From 'it@contoso.com' -Subject 'Helpdesk rota' -SmtpServer 'smtp.contoso.com'
