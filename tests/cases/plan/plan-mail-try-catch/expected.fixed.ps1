# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate (the app needs the
# permissions of each service it connects to); the placeholders fail until then.
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $ExoCertificateThumbprint -ClientId $ExoAppId -TenantId $ExoOrganization -NoWelcome
try {
    $locked = Search-ADAccount -LockedOut | Select-Object -ExpandProperty SamAccountName
    $text = "Locked accounts: $($locked -join ', ')"
    Send-MgUserMail -UserId "alerts@contoso.example" -BodyParameter @{
        message = @{
            subject = "Lockouts"
            body = @{ contentType = 'Text'; content = $text }
            toRecipients = @("it@contoso.example" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
}
catch {
    Send-MgUserMail -UserId "alerts@contoso.example" -BodyParameter @{
        message = @{
            subject = "Lockout check failed"
            body = @{ contentType = 'Text'; content = "$_" }
            toRecipients = @("it@contoso.example" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
}
