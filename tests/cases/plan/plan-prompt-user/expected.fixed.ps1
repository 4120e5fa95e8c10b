# Provisions a team and its mailbox settings; the signed-in admin becomes the owner.
function Connect-Services($cred) {
    Connect-ExchangeOnline -UserPrincipalName $cred.UserName -ShowBanner:$false | Out-Null
    Connect-MicrosoftTeams -AccountId $cred.UserName | Out-Null
}

$global:cred = Get-Credential -Message 'Teams administrator'
$global:owner = $global:cred.UserName

Connect-Services $global:cred

$team = New-Team -DisplayName 'Project Falcon' -Visibility Private -Owner $global:owner
Set-UnifiedGroup -Identity $team.GroupId -HiddenFromAddressListsEnabled $true
