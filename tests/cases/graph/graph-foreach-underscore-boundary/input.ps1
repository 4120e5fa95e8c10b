# Boundaries of $_ in a ForEach-Object block: collected into a variable (followed there), written
# to the script's output (as the call's own objects would be), or only in a string and a member read
# of a block whose output goes on (the output is not the object) stay exact
param([Parameter(Mandatory)][string]$GroupId)
Connect-AzureAD
$members = @()
Get-AzureADGroupMember -ObjectId $GroupId -All $true | ForEach-Object {
    $members += $_
}
$members | Select-Object DisplayName, ObjectId
Get-AzureADGroupOwner -ObjectId $GroupId -All $true | ForEach-Object {
    if ($_.ObjectType -eq 'User') { $_ }
}
Get-AzureADGroupMember -ObjectId $GroupId -All $true | ForEach-Object {
    Write-Host "checking $_"
    $_.ObjectId
} | Out-File .\member-ids.txt
