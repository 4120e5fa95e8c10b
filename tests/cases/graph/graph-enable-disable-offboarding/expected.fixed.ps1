# Offboard a leaver: manager link, group memberships and ownerships, password, sessions, sign-in
param([string]$Upn, [string]$Delegate)

Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'GroupMember.Read.All', 'GroupMember.ReadWrite.All', 'User-PasswordProfile.ReadWrite.All', 'User.ReadWrite.All', 'User.RevokeSessions.All' -NoWelcome

$user = Get-MgUser -UserId $Upn -Property Id
Remove-MgUserManagerByRef -UserId $user.Id

$heir = Get-MgUser -Search ('"userPrincipalName:{0}" OR "state:{0}" OR "mailNickName:{0}" OR "mail:{0}" OR "jobTitle:{0}" OR "displayName:{0}" OR "department:{0}" OR "country:{0}" OR "city:{0}"' -f $Delegate) -ConsistencyLevel eventual -Property Id
foreach ($group in Get-MgGroup -Filter "groupTypes/any(c:c eq 'Unified')" -All) {
    $members = (Get-MgGroupMember -GroupId $group.Id).AdditionalProperties.userPrincipalName
    if ($members -contains $Upn) {
        Remove-MgGroupMemberByRef -GroupId $group.Id -DirectoryObjectId $user.Id
        $owners = Get-MgGroupOwner -GroupId $group.Id
        if ($owners.AdditionalProperties.userPrincipalName -contains $Upn) {
            New-MgGroupOwnerByRef -GroupId $group.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($heir.Id)"
            Remove-MgGroupOwnerByRef -GroupId $group.Id -DirectoryObjectId $user.Id
        }
    }
}

Update-MgUser -UserId $Upn -PasswordProfile @{Password = (New-Guid).Guid; ForceChangePasswordNextSignIn = $false}
Revoke-MgUserSignInSession -UserId $user.Id
Update-MgUser -UserId $user.Id -AccountEnabled:$false
