# Weekly phishing-simulation notice; the admin runs it after signing in.
# TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared -NoWelcome
Send-MgUserMail -UserId 'security@contoso.com' -BodyParameter @{
    message = @{
        subject = 'Simulation next week'
        body = @{ contentType = 'Text'; content = 'Heads up.' }
        toRecipients = @(@{ emailAddress = @{ name = 'Dana Park'; address = 'dana@contoso.com' } })
    }
}
