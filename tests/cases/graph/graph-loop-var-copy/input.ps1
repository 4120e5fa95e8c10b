# $picked += $group in the body of a foreach over the call's objects, when the script also binds $group in
# another loop (over CSV rows): the copy is of that loop's objects (the one definition reaching it), so the
# reads of $picked are the call's and are renamed. The CSV loop's own read ($group.ObjectId, a column) is not
# the call's, whichever loop comes first, and stays
Connect-AzureAD
$picked = @()
foreach ($group in (Import-Csv .\groups-to-keep.csv)) {
    Write-Output "keeping $($group.ObjectId)"
}
$groups = Get-AzureADGroup -All $true
foreach ($group in $groups) {
    if ($group.MailEnabled -and -not $group.SecurityEnabled) {
        $picked += $group
    }
}
$picked | Select-Object DisplayName, ObjectId, Mail | Export-Csv .\distribution-groups.csv -NoTypeInformation
