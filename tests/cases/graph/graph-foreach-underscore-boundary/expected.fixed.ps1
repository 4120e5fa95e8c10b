# Boundaries of $_ in a ForEach-Object block: collected into a variable (followed there), written
# to the script's output (as the call's own objects would be), or only in a string and a member read
# of a block whose output goes on (the output is not the object) stay exact
param([Parameter(Mandatory)][string]$GroupId)
Connect-MgGraph -Scopes 'Directory.Read.All' -NoWelcome
$members = @()
Get-MgGroupMember -GroupId $GroupId -All | ForEach-Object {
    $members += $_
}
$members | Select-Object @{Name = 'DisplayName'; Expression = {$_.AdditionalProperties.displayName}}, @{Name = 'ObjectId'; Expression = {$_.Id}}
Get-MgGroupOwner -GroupId $GroupId -All | ForEach-Object {
    if ($_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.user') { $_ }
}
Get-MgGroupMember -GroupId $GroupId -All | ForEach-Object {
    Write-Host "checking $_"
    $_.Id
} | Out-File .\member-ids.txt
