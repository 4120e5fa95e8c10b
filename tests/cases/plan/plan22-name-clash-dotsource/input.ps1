# Report the five newest mailboxes
. "$PSScriptRoot\input.helpers.ps1"
$cred = Get-Credential
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s | Out-Null
Get-Mailbox -ResultSize Unlimited | Sort-Object WhenCreated -Descending | Select-Object -First 5 DisplayName, WhenCreated
Remove-PSSession $s
