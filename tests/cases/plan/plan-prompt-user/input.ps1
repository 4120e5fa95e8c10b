# Provisions a team and its mailbox settings; the signed-in admin becomes the owner.
function Connect-Services($cred) {
    $session = New-PSSession -ConfigurationName Microsoft.Exchange `
        -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
        -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $session -DisableNameChecking | Out-Null
    Connect-MicrosoftTeams -Credential $cred | Out-Null
}

$global:cred = Get-Credential -Message 'Teams administrator'
$global:owner = $global:cred.UserName

Connect-Services $global:cred

$team = New-Team -DisplayName 'Project Falcon' -Visibility Private -Owner $global:owner
Set-UnifiedGroup -Identity $team.GroupId -HiddenFromAddressListsEnabled $true
