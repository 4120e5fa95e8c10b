# -ExpandProperty with -Property hands each value on with the selected properties added, and
# -Unique changes what is passed on: neither is a plain ForEach-Object, so both stay suggestions.
Connect-AzureAD
$groupId = '0b8c3a2e-5f1d-4c7b-9e6a-2d4f8b1c3e5a'
Get-AzureADGroupMember -ObjectId $groupId -All $true | Select-Object -Property DisplayName -ExpandProperty UserPrincipalName
Get-AzureADGroupMember -ObjectId $groupId -All $true | Select-Object -ExpandProperty UserPrincipalName -Unique
# -Ex starts both -ExcludeProperty and -ExpandProperty: PowerShell refuses the name as ambiguous
$mails = Get-AzureADGroupMember -ObjectId $groupId -All $true | select -ex Mail
