# Lists the members of every group named in groups.txt with the group they came from.
# The members reach the ForEach-Object block as $_ and go on through a nested pipeline:
# its Select-Object names are reads of the members (Graph keeps them in AdditionalProperties)
Connect-AzureAD
$rows = foreach ($name in Get-Content .\groups.txt) {
    $objectid = (Get-AzureADGroup -SearchString $name).ObjectId
    Get-AzureADGroupMember -ObjectId $objectid -All $true | ForEach-Object {
        $_ | Select-Object @{Name = 'Group'; Expression = { $name }}, DisplayName, UserPrincipalName
    }
}
$rows | Export-Csv .\group-members.csv -NoTypeInformation
