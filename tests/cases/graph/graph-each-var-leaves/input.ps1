# Security groups only, with their object ids
Connect-AzureAD
$security = Get-AzureADGroup -All $true | ForEach-Object {
    $group = $_
    if ($group.SecurityEnabled) { $group }
}
$security | Select-Object DisplayName, ObjectId | Export-Csv .\security-groups.csv -NoTypeInformation
