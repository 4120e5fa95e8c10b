# Our own wrapper, written before the module had a cmdlet of that name
function Disconnect-ExchangeOnline {
    ExchangeOnlineManagement\Disconnect-ExchangeOnline -Confirm:$false
}

Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.com' -ShowBanner:$false | Out-Null
Get-Mailbox -Identity 'ceo@contoso.com' | Format-List DisplayName, ForwardingSmtpAddress
Disconnect-ExchangeOnline
