# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Password expiry reminders, one mail per user.
$users = Import-Csv .\expiring.csv
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
foreach ($u in $users) {
    if ($u.DaysLeft -le 7) {
        Send-MgUserMail -UserId 'it-noreply@contoso.com' -BodyParameter @{
            message = @{
                subject = 'Your password expires soon'
                body = @{ contentType = 'Text'; content = "Your password expires in $($u.DaysLeft) days." }
                toRecipients = @($u.Mail | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
            }
        } -ErrorAction Continue
    }
}
