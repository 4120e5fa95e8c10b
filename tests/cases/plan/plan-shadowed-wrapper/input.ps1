# Our own wrapper, written before the module had a cmdlet of that name
function Disconnect-ExchangeOnline {
    Get-PSSession | Where-Object { $_.ConfigurationName -eq 'Microsoft.Exchange' } | Remove-PSSession
}

$cred = Get-Credential -UserName 'admin@contoso.com' -Message 'Exchange Online'
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s | Out-Null
Get-Mailbox -Identity 'ceo@contoso.com' | Format-List DisplayName, ForwardingSmtpAddress
Disconnect-ExchangeOnline
