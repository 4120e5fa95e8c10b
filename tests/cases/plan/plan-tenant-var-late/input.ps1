param($Credential = (Get-AutomationPSCredential -Name 'o365'))
function Logon {
  $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
  Import-PSSession $s
  Connect-MsolService -Credential $Credential
}
Logon
# set after the connection, from MSOnline
$sku = Get-MsolAccountSku
$TenantDomain = $sku[0].AccountName + '.onmicrosoft.com'
Get-Mailbox -ResultSize 10 | Select-Object Name, @{n='Tenant';e={$TenantDomain}}
Get-PSSession | Remove-PSSession
