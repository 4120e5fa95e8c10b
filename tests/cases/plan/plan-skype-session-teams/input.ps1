# Prepares a session for the voice routing scripts.
Install-Module MicrosoftTeams -Scope CurrentUser
Connect-MicrosoftTeams

# get the admin credentials
$admin = Get-Credential

# Skype for Business Online cmdlets (connector)
$sfb = New-CsOnlineSession -Credential $admin
Import-PSSession $sfb -AllowClobber

Get-CsOnlineVoiceRoute | Format-Table Identity, NumberPattern, OnlinePstnGatewayList
