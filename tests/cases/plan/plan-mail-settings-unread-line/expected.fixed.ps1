# Sends the PC inventory script to the helpdesk
$From = "inventory@contoso.com"
$To = "helpdesk@contoso.com"
$Subject = "PC inventory"
$Body = ""Sent from "+ $env:COMPUTERNAME +" at " + (Get-Date)"
$SMTPServer = "smtp.office365.com"
$SMTPPort = "587"
# TODO(psauth): the signed-in user needs the Mail.Send permission
Connect-MgGraph -Scopes Mail.Send -NoWelcome
Send-MgUserMail -UserId $From -BodyParameter @{
    message = @{
        subject = $Subject
        body = @{ contentType = 'Text'; content = $Body }
        toRecipients = @($To | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
