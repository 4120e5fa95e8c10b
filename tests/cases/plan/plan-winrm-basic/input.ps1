# one-time setup for the mailbox audit
# the remote session below needs WinRM basic auth on this client
Set-Item WSMan:\localhost\Client\Auth\Basic $true

$admin = Get-Credential -Message 'Exchange Online admin'
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $admin -Authentication Basic -AllowRedirection
Import-PSSession $s -DisableNameChecking | Out-Null
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, AuditEnabled
Remove-PSSession $s
