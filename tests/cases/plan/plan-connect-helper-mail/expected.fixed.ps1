# Morning sign-in: connects the console for the licence scripts run next,
# then tells the team it is ready.
$cred = Get-Credential -Message 'Office 365 admin'
Connect-MsolService -Credential $cred
# TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared -NoWelcome
Send-MgUserMail -UserId 'admin@contoso.com' -BodyParameter @{
    message = @{
        subject = 'Console ready'
        body = @{ contentType = 'Text'; content = 'Signed in.' }
        toRecipients = @('team@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
