# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Reboot notice, run by a scheduled task.
$username = "<userName>" # Set username for mailserver
$subj = "Automated message: $(hostname) back online"
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId $username -BodyParameter @{
    message = @{
        subject = $subj
        body = @{ contentType = 'Text'; content = 'Back online.' }
        toRecipients = @('ops@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
} -ErrorAction Stop
