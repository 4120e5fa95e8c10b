# Set-TransportConfig -SmtpClientAuthenticationDisabled $false
Write-Host 'Do not run Set-TransportConfig -SmtpClientAuthenticationDisabled $false'

# turn SMTP AUTH off for the organisation and hand mailboxes back to the org setting
Set-TransportConfig -SmtpClientAuthenticationDisabled $true
Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $null
Set-CASMailbox -Identity 'old-app@contoso.com' -SmtpClientAuthenticationDisabled $true -PopEnabled $false
