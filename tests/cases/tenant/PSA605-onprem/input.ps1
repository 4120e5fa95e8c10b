# Exchange Server on premises: the parameter is current there.
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'http://ex01.contoso.local/PowerShell/' -Authentication Kerberos
Import-PSSession $session -DisableNameChecking
Set-User -Identity 'contoso\jdoe' -RemotePowerShellEnabled $false
Remove-PSSession $session
