# A group's members may be users, contacts, devices, service principals or groups (Microsoft's
# List group members page); Graph returns a member of a type the app may not read with its id and
# type only, so a report of the members' names asks for Directory.Read.All, not User.Read.All.
param([string]$GroupName = 'Finance Team')

Connect-AzureAD
$group = Get-AzureADGroup -SearchString $GroupName | Select-Object -First 1
$members = Get-AzureADGroupMember -ObjectId $group.ObjectId -All $true
foreach ($m in $members) {
    Write-Output ("{0};{1}" -f $m.DisplayName, $m.ObjectId)
}
