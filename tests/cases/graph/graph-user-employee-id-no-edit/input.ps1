# When each user was created, from the extension values AzureAD returned
Connect-AzureAD
foreach ($u in Get-AzureADUser -All $true) {
    Write-Output ("{0};{1}" -f $u.UserPrincipalName, $u.ExtensionProperty.createdDateTime)
}
