# Weekly phishing-simulation notice; the admin runs it after signing in.
# TODO(psauth): the signed-in user needs the Mail.Send permission
Connect-MgGraph -Scopes Mail.Send -NoWelcome
Send-MgUserMail -UserId 'security@contoso.com' -BodyParameter @{
    message = @{
        subject = 'Simulation next week'
        body = @{ contentType = 'Text'; content = 'Heads up.' }
        toRecipients = @(@{ emailAddress = @{ name = 'Dana Park'; address = 'dana@contoso.com' } })
    }
}
