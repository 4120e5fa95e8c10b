# Sends the PC inventory script to the helpdesk
$From = "inventory@contoso.com"
$To = "helpdesk@contoso.com"
$Subject = "PC inventory"
$Body = ""Sent from "+ $env:COMPUTERNAME +" at " + (Get-Date)"
$SMTPServer = "smtp.office365.com"
$SMTPPort = "587"
# TODO(psauth): the signed-in user needs the Mail.Send and Mail.Send.Shared permissions, and Send As or Send on Behalf
# rights and Full Access on the mailbox the mail is sent from, unless they sign in as that mailbox
Connect-MgGraph -Scopes Mail.Send, Mail.Send.Shared -NoWelcome
Send-MgUserMail -UserId $From -BodyParameter @{
    message = @{
        subject = $Subject
        body = @{ contentType = 'Text'; content = $Body }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
