# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
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
