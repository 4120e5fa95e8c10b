# Appends each member of the group to a CSV file one by one: the members go whole to
# Export-Csv from inside the block, so the file's columns would change with Graph objects
param([Parameter(Mandatory)][string]$GroupId)
Connect-AzureAD
Get-AzureADGroupMember -ObjectId $GroupId -All $true | ForEach-Object {
    $_ | Export-Csv -Path .\members.csv -Append -NoTypeInformation
}
