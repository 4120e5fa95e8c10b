# TODO(psauth): managed-identity sign-in for the rewritten connections.
# Grant the managed identity (app role assignments):
#   Microsoft Graph: User.Read.All, Mail.Send
Connect-MgGraph -Identity -NoWelcome
$admins = Get-MgUser -All -Property DisplayName, UserPrincipalName, Id | Select-Object DisplayName, UserPrincipalName
Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
    message = @{
        subject = 'Admins'
        body = @{ contentType = 'Text'; content = ($admins | Out-String) }
        toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
    message = @{
        subject = 'Done'
        body = @{ contentType = 'Text'; content = 'sent' }
        toRecipients = @("boss@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
