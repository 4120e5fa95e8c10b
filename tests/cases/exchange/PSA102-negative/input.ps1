# New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01/PowerShell/
Write-Host 'New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01/PowerShell/'
# remoting to a file server, not Exchange
$s = New-PSSession -ComputerName 'fs01.contoso.local' -Authentication Kerberos
Invoke-Command -Session $s -ScriptBlock { Get-ChildItem D:\Shares }
Remove-PSSession -Session $s
