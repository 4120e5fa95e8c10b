# Guests, collected by a foreach statement
Connect-AzureAD
$guests = foreach ($u in Get-AzureADUser -All $true) {
    if ($u.UserType -eq 'Guest') { $u }
}
$guests | Select-Object DisplayName, ObjectId | Export-Csv .\guests.csv -NoTypeInformation
