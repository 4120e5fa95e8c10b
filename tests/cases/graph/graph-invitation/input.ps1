# New-AzureADMSInvitation: New-MgInvitation takes the same names; -SendInvitationMessage is a
# switch in Graph; the invited user's id is InvitedUser.Id in both
Connect-AzureAD
$groupId = '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'
foreach ($guest in (Import-Csv .\guests.csv)) {
    $invite = New-AzureADMSInvitation -InvitedUserDisplayName $guest.Name -InvitedUserEmailAddress $guest.Mail -SendInvitationMessage $true -InviteRedirectUrl 'https://myapps.microsoft.com'
    Add-AzureADGroupMember -ObjectId $groupId -RefObjectId $invite.InvitedUser.Id
}
