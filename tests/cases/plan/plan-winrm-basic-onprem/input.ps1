winrm set winrm/config/client/auth '@{Basic="true"}'
$cred = Get-Credential
Connect-ExchangeOnline -Credential $cred
$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.corp.contoso.com/PowerShell/ -Credential $cred -Authentication Basic
Invoke-Command -Session $onprem -ScriptBlock { Get-RemoteMailbox -ResultSize 10 }
