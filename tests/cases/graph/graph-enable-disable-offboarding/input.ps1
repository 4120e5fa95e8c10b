# Offboard a leaver: manager link, group memberships and ownerships, password, sessions, sign-in
param([string]$Upn, [string]$Delegate)

Connect-AzureAD
Connect-MsolService

$user = Get-AzureADUser -ObjectId $Upn
Remove-AzureADUserManager -ObjectId $user.ObjectId

$heir = Get-AzureADUser -SearchString $Delegate
foreach ($group in Get-AzureADMSGroup -Filter "groupTypes/any(c:c eq 'Unified')" -All:$true) {
    $members = (Get-AzureADGroupMember -ObjectId $group.Id).UserPrincipalName
    if ($members -contains $Upn) {
        Remove-AzureADGroupMember -ObjectId $group.Id -MemberId $user.ObjectId
        $owners = Get-AzureADGroupOwner -ObjectId $group.Id
        if ($owners.UserPrincipalName -contains $Upn) {
            Add-AzureADGroupOwner -ObjectId $group.Id -RefObjectId $heir.ObjectId
            Remove-AzureADGroupOwner -ObjectId $group.Id -OwnerId $user.ObjectId
        }
    }
}

Set-MsolUserPassword -UserPrincipalName $Upn -ForceChangePassword $false -NewPassword (New-Guid).Guid
Revoke-AzureADUserAllRefreshToken -ObjectId $user.ObjectId
Set-AzureADUser -ObjectId $user.ObjectId -AccountEnabled $false
