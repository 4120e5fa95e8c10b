# Exchange Server on premises keeps remote PowerShell.
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.com/PowerShell/ -Authentication Kerberos
Import-PSSession $s -DisableNameChecking
if (-not (Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' })) { throw 'lost' }
Get-PSSession | Remove-PSSession
