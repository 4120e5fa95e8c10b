# Remove-AzureADUserExtension deletes a directory extension value: Graph deletes it by a PATCH
# setting the property to null, which Invoke-MgGraphRequest sends (Update-MgUser cannot send null)
Connect-AzureAD
$userId = "73eb1ff2-0bb6-4d2f-9944-3414b1906869"
Remove-AzureADUserExtension -ObjectId $userId -ExtensionName extension_fe2174665583431c953114ff7268b7b3_Education_Gender
Remove-AzureADUserExtension -ObjectId 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com' -ExtensionName "extension_fe2174665583431c953114ff7268b7b3_Education_MailingZip"
foreach ($name in @('extension_fe2174665583431c953114ff7268b7b3_Education_ResidenceCity')) {
    Remove-AzureADUserExtension -ObjectId $userId -ExtensionName $name
}
