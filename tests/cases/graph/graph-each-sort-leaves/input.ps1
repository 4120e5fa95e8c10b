# Users, each batch sorted, then listed with their object ids
Connect-AzureAD
$sorted = Get-AzureADUser -All $true | ForEach-Object { $_ | Sort-Object DisplayName }
$sorted | Select-Object DisplayName, ObjectId | Export-Csv .\users.csv -NoTypeInformation
