# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

$cred = Import-Clixml C:\secure\smtp.xml
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
foreach ($r in $reports) {
    Send-MgUserMail -UserId 'reports@contoso.com' -BodyParameter @{
        message = @{
            subject = "Report $($r.Name)"
            body = @{ contentType = 'HTML'; content = $r.Html }
            toRecipients = @($r.Owner | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
            ccRecipients = @('audit@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    } -ErrorAction Stop
}
Send-MailMessage -SmtpServer smtp.office365.com -Credential $cred -From a@contoso.com -To b@contoso.com -Subject x -DeliveryNotificationOption Never
