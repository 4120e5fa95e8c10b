# Exchange Server on premises has no Get-EXO* cmdlets.
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'http://ex01.contoso.local/PowerShell/' -Authentication Kerberos
Import-PSSession $session -DisableNameChecking
Get-Mailbox -ResultSize Unlimited | Select-Object 'DisplayName', 'ForwardingSmtpAddress'
Remove-PSSession $session
