# Skype for Business Online Connector
Import-Module SkypeOnlineConnector
$cred = Get-Credential
$session = New-CsOnlineSession -Credential $cred -OverrideAdminDomain 'contoso.onmicrosoft.com'
Import-PSSession $session -AllowClobber
Get-CsOnlineUser -Identity 'user@contoso.com'
Remove-PSSession $session

New-CsOnlineSession | Import-PSSession
