param([string]$ExchangeServer = 'ex01.contoso.local')

# Exchange Server on premises, Kerberos
$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.local/PowerShell/ -Authentication Kerberos
Import-PSSession $onprem -DisableNameChecking

# the server comes from a parameter: the host is not known statically
$s2 = nsn -ConfigurationName 'Microsoft.Exchange' -ConnectionUri "http://$ExchangeServer/PowerShell/"
