# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Mail settings: fill in the sender
$sender = #sender_address
$subject = "Mailbox report"

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId $sender -BodyParameter @{
    message = @{
        subject = $subject
        body = @{ contentType = 'Text'; content = 'Done.' }
        toRecipients = @('helpdesk@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
