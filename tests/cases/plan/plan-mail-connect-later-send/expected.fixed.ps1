param([switch]$Early)
# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
if ($Early) {
  Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
      message = @{
          subject = 'Early'
          body = @{ contentType = 'Text'; content = 'x' }
          toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
      }
  }
}
Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{
    message = @{
        subject = 'Done'
        body = @{ contentType = 'Text'; content = 'y' }
        toRecipients = @("desk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}
