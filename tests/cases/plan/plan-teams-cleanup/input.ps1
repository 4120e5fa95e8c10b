$cred = Get-AutomationPSCredential -Name 'o365'
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s
$sk = New-CsOnlineSession -Credential $cred
Import-PSSession $sk
Get-Mailbox -ResultSize 10 | Out-Null
Get-CsOnlineUser | Out-Null
Get-PSSession | Remove-PSSession
