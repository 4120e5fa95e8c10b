# Import-PSSession $Session
Write-Host 'Import-PSSession $Session -DisableNameChecking'

# on-premises Exchange session (PSA102 reports it as info)
$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.local/PowerShell/ -Authentication Kerberos
Import-PSSession $onprem -DisableNameChecking
Invoke-Command -Session $onprem -ScriptBlock { Get-ExchangeServer }

# a session to a file server
$fs = New-PSSession -ComputerName 'fs01.contoso.local'
Invoke-Command -Session $fs -ScriptBlock { Get-ChildItem D:\ }
Enter-PSSession -Session $fs
