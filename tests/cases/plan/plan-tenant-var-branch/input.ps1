param([switch]$Production)
# the tenant is set for production runs only
if ($Production) { $tenantDomain = 'contoso.onmicrosoft.com' }
$cred = Get-AutomationPSCredential -Name 'o365'
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s
Get-Mailbox -ResultSize 10 | Select-Object Name
Remove-PSSession $s
