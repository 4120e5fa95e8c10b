# Re-enable SMTP AUTH for the copier and the monitoring mailbox.
Set-TransportConfig -SmtpClientAuthenticationDisabled $false

Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false

# positional identity, abbreviated parameter, value through a variable
$enable = $false
Set-CASMailbox monitor@contoso.com -SmtpClientAuth $enable

# from the pipeline
Get-Content .\smtp-senders.txt | Set-CASMailbox -SmtpClientAuthenticationDisabled:$false
