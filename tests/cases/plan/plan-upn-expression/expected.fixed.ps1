# The admin confirms an account the prompt suggests from an expression in parentheses: as
# -UserPrincipalName it keeps its parentheses, or PowerShell binds "+" and the suffix to other parameters
Connect-ExchangeOnline -UserPrincipalName ("$env:username" + "@contoso.com") -ShowBanner:$false
Set-Mailbox -Identity "shared@contoso.com" -ForwardingSmtpAddress "desk@contoso.com"
Disconnect-ExchangeOnline -Confirm:$false
