# Boundaries of $_ in a ForEach-Object block: collected into a variable (followed there) and
# written to the script's output (as the call's own objects would be) stay exact
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
