# New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Authentication Basic
<#
  $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Authentication Basic
#>
Write-Host "Old method: New-PSSession -ConfigurationName Microsoft.Exchange -Authentication Basic (retired)"
$help = 'New-PSSession -ConnectionUri https://outlook.office365.com/powershell-liveid/'

# the modern connection
Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF0123456789ABCDEF01234567' -AppId '00000000-0000-0000-0000-000000000001' -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false

# Exchange Server on premises with Kerberos (PSA102 reports it as info)
$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.local/PowerShell/ -Authentication Kerberos
Import-PSSession $onprem -DisableNameChecking

# a remoting session that is not Exchange
$s = New-PSSession -ComputerName 'fs01.contoso.local'
