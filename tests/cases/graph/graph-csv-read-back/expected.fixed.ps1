# Objects written with Export-Csv and read back with Import-Csv: the columns are the objects'
# property names (Graph has Id, not ObjectId), and the reads of the rows are not followed
Connect-AzureAD
$TempFile = New-TemporaryFile
Get-AzureADUser -All:$true | Export-Csv -Path $TempFile -NoTypeInformation
$users = Import-Csv $TempFile
foreach ($user in $users) { Write-Output "$($user.UserPrincipalName) $($user.ObjectId)" }
