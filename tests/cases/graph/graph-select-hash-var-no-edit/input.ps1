# The same calculated property also selects other objects (a CSV's rows): its $_.ObjectId
# cannot be renamed for the Graph users alone, so the call needs a person
Connect-AzureAD
$hash_id = @{N = 'Id2'; E = { "id: " + $_.ObjectId }}
Get-AzureADUser -All $true | Select-Object UserPrincipalName, $hash_id | Export-Csv users.csv -NoTypeInformation
Import-Csv old.csv | Select-Object UserPrincipalName, $hash_id
