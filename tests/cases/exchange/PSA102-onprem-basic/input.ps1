# A known on-premises Exchange host with basic authentication: PSA102 and
# PSA104, not PSA101; its Import-PSSession is not an Exchange Online use.
$OnPrem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.local/PowerShell/ -Authentication Basic -Credential $Cred
Import-PSSession $OnPrem -Prefix OnPrem
# a host the script does not reveal: PSA101 keeps it ("if this is Exchange Online")
$Unknown = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$Server/PowerShell/" -Authentication Basic -Credential $Cred
Import-PSSession $Unknown
