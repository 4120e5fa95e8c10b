# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# Mails the nightly backup log to the operators
$LogFile = "C:\Backup\nightly.log"
$SmtpUser = 'backup-report@contoso.com'
$MailTo = 'ops@contoso.com'

$Body = Get-Content $LogFile -Raw
# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -TenantId $ExoOrganization -NoWelcome
Send-MgUserMail -UserId $SmtpUser -BodyParameter @{
    message = @{
        subject = "Nightly backup"
        body = @{ contentType = 'Text'; content = $Body }
        toRecipients = @($MailTo | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
