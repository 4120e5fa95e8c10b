# Group owner inventory: every group with its owners' sign-in names
Connect-AzureAD

$output = Get-AzureADGroup -All:$true | % { $_ | Add-Member "Owners" ((Get-AzureADGroupOwner -ObjectId $_.ObjectId).UserPrincipalName -join ";") -PassThru }
$output | Sort-Object DisplayName | select DisplayName,MailEnabled,SecurityEnabled,Owners,ObjectId | Export-Csv -NoTypeInformation "$((Get-Date).ToString('yyyy-MM-dd'))_GroupOwners.csv"
