# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Mails the nightly backup log to the operators
$LogFile = "C:\Backup\nightly.log"
$SmtpUser = 'backup-report@contoso.com'
$MailTo = 'ops@contoso.com'

$Body = Get-Content $LogFile -Raw
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId $SmtpUser -BodyParameter @{
    message = @{
        subject = "Nightly backup"
        body = @{ contentType = 'Text'; content = $Body }
        toRecipients = @($MailTo | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
