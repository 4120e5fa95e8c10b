# Remove-AzureADUserExtension forms without an exact rewrite: a list of names, the output used,
# objects from the pipeline. The file's migration is one unit: nothing is edited.
Connect-AzureAD
$userId = "73eb1ff2-0bb6-4d2f-9944-3414b1906869"
Remove-AzureADUserExtension -ObjectId $userId -ExtensionName extension_fe2174665583431c953114ff7268b7b3_Education_Gender
Remove-AzureADUserExtension -ObjectId $userId -ExtensionNames $names
$result = Remove-AzureADUserExtension -ObjectId $userId -ExtensionName extension_fe2174665583431c953114ff7268b7b3_Education_MailingZip
Get-AzureADUser -ObjectId $userId | Remove-AzureADUserExtension -ExtensionName extension_fe2174665583431c953114ff7268b7b3_Education_City
