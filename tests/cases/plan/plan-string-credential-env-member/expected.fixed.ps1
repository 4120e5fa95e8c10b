# Helpdesk tool: the signed-in technician's own admin account.
Import-Module ActiveDirectory
$me = Get-ADUser -Identity $env:USERNAME -Properties UserPrincipalName

Connect-MicrosoftTeams -AccountId $me.UserPrincipalName
Get-CsOnlineUser -Identity $me.UserPrincipalName | Select-Object DisplayName, EnterpriseVoiceEnabled

Connect-ExchangeOnline -UserPrincipalName $env:USERNAME
Get-EXOMailbox -Identity $env:USERNAME -Properties ArchiveStatus | Select-Object DisplayName, ArchiveStatus
