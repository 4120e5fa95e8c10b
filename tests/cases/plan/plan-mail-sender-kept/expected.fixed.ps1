# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Reboot notice, run by a scheduled task.
$username = "<userName>" # Set username for mailserver
$subj = "Automated message: $(hostname) back online"
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -TenantId $ExoOrganization -NoWelcome
Send-MgUserMail -UserId $username -BodyParameter @{
    message = @{
        subject = $subj
        body = @{ contentType = 'Text'; content = 'Back online.' }
        toRecipients = @('ops@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
} -ErrorAction Stop
