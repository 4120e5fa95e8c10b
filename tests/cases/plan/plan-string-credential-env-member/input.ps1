# Helpdesk tool: the signed-in technician's own admin account.
Import-Module ActiveDirectory
$me = Get-ADUser -Identity $env:USERNAME -Properties UserPrincipalName

Connect-MicrosoftTeams -Credential $me.UserPrincipalName
Get-CsOnlineUser -Identity $me.UserPrincipalName | Select-Object DisplayName, EnterpriseVoiceEnabled

Connect-ExchangeOnline -Credential $env:USERNAME
Get-Mailbox -Identity $env:USERNAME | Select-Object DisplayName, ArchiveStatus
