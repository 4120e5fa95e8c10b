# Export each user's manager and on-premises DN for the HR audit
Connect-AzureAD

$report = foreach ($user in Get-AzureADUser -All $true) {
    $ext = Get-AzureADUserExtension -ObjectId $user.ObjectId
    [pscustomobject]@{
        User    = $user.UserPrincipalName
        Manager = $user.Manager
        DN      = $ext.get_item("onPremisesDistinguishedName")
    }
}
foreach ($guest in Get-AzureADUser -Filter "userType eq 'Guest'") {
    $guestExt = Get-AzureADUserExtension -ObjectId $guest.ObjectId
    Write-Output "$($guest.UserPrincipalName) $($guestExt.get_item('createdDateTime'))"
}
$report | Export-Csv .\managers.csv -NoTypeInformation
