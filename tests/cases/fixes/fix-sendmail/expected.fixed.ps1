# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

$cred = Import-Clixml C:\secure\smtp.xml
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -TenantId $ExoOrganization -NoWelcome
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
