$Credential = Get-AutomationPSCredential -Name 'o365'
$TenantDomain = 'contoso.onmicrosoft.com'
function Logon {
  $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
  Import-PSSession $s
}
Logon
Get-Mailbox -ResultSize 10 | Select-Object Name
Get-PSSession | Remove-PSSession
