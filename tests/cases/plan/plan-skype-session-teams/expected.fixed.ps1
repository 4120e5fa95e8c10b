# Prepares a session for the voice routing scripts.
Install-Module MicrosoftTeams -Scope CurrentUser
Connect-MicrosoftTeams

Get-CsOnlineVoiceRoute | Format-Table Identity, NumberPattern, OnlinePstnGatewayList
