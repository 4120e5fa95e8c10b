# Mailbox report (test sample for the Neovim client test; written for psauth)
$cred = Get-Credential -Message 'Exchange Online admin'
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $session -DisableNameChecking | Out-Null
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress
Remove-PSSession $session
